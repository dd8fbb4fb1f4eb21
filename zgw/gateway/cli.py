"""The `zgw` command."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from zgw.core.settings import get_settings


def _async(coro: Any) -> Any:
    return asyncio.run(coro)


async def _with_db(coro_factory: Any) -> Any:
    """Run with the database and Redis bound as in the API (a catalogue write moves the catalogue's
    version, so the API processes drop what they derived from it)."""
    import redis.asyncio as aioredis

    from zgw.core.db import init_db
    from zgw.domain.catalogi import version

    client = await init_db(get_settings())
    redis = aioredis.Redis.from_url(get_settings().redis_url)
    version.configure(redis)
    try:
        return await coro_factory()
    finally:
        version.configure(None)
        await redis.aclose()
        await client.close()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    uvicorn.run("zgw.gateway.asgi:app", host=args.host, port=args.port, workers=args.workers,
                proxy_headers=True, log_level="info")
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from zgw.workers.app import celery_app

    celery_app.worker_main(["worker", "--loglevel=INFO", f"--concurrency={args.concurrency}"])
    return 0


def cmd_beat(args: argparse.Namespace) -> int:
    from zgw.workers.app import beat_schedule_file, celery_app

    schedule = beat_schedule_file(get_settings())
    schedule.parent.mkdir(parents=True, exist_ok=True)
    celery_app.start(["beat", "--loglevel=INFO", f"--schedule={schedule}"])
    return 0


def cmd_token(args: argparse.Namespace) -> int:
    from zgw.core.auth import make_token

    print(make_token(args.client_id, args.secret, user_id=args.user_id, user_representation=args.user_representation))
    return 0


def cmd_applicatie(args: argparse.Namespace) -> int:
    from zgw.domain.autorisaties.documents import Applicatie
    from zgw.gateway.bootstrap import ensure_applicatie

    if args.action == "create":
        async def create() -> None:
            app, secret = await ensure_applicatie(args.client_id, args.secret, label=args.label or args.client_id,
                                                  superuser=args.superuser or not args.autorisaties,
                                                  autorisaties=json.loads(args.autorisaties or "[]"))
            print(json.dumps({"uuid": str(app.id), "clientId": args.client_id, "secret": secret}))
        _async(_with_db(create))
        return 0

    async def listing() -> None:
        for app in await Applicatie.find_all().to_list():
            print(f"{app.id}  {','.join(app.client_ids):30}  {app.label}"
                  f"{'  (alle autorisaties)' if app.heeft_alle_autorisaties else ''}")
    _async(_with_db(listing))
    return 0


def cmd_credentials(args: argparse.Namespace) -> int:
    from zgw.domain.autorisaties import credentials
    from zgw.domain.errors import DomainError

    async def run() -> int:
        if args.action == "add":
            secret, _ = await credentials.add(args.client_id, args.secret)
            print(json.dumps({"clientId": args.client_id, "secret": secret}))
        elif args.action == "remove":
            await credentials.remove(args.client_id)
            print(f"removed credentials of {args.client_id}")
        else:  # never print a secret here
            for item in await credentials.listing():
                label = item.applicatie_label if item.applicatie_label is not None else "(geen applicatie)"
                print(f"{item.client_id:30}  {label}")
        return 0

    try:
        result: int = _async(_with_db(run))
    except DomainError as exc:
        print(f"zgw credentials {args.action}: {exc.detail}", file=sys.stderr)
        return 1
    return result


def cmd_setup_config(args: argparse.Namespace) -> int:
    from zgw.gateway.bootstrap import ensure_applicatie

    config = yaml.safe_load(Path(args.file).read_text()) or {}

    async def apply() -> None:
        from zgw.domain.autorisaties import credentials

        for item in config.get("credentials") or []:
            if not item.get("client_id") or not item.get("secret"):
                raise SystemExit("setup-config: every entry under `credentials` needs `client_id` and `secret`")
            _, changed = await credentials.add(str(item["client_id"]), str(item["secret"]))
            print(f"credentials {item['client_id']}: {'stored' if changed else 'unchanged'}")
        await _setup_cloud_events(config)
        for item in config.get("applicaties", []):
            client_ids = item.get("client_ids") or [item["client_id"]]
            for client_id in client_ids:
                app, _ = await ensure_applicatie(
                    client_id, item.get("secret"), label=item.get("label", client_id),
                    superuser=bool(item.get("heeft_alle_autorisaties")), autorisaties=item.get("autorisaties"))
            print(f"applicatie {app.id}: {', '.join(client_ids)}")
        from zgw.gateway.servicecli import apply_config

        await apply_config(config)  # zgw_consumers: external services
    _async(_with_db(apply))
    return 0


async def _setup_cloud_events(config: dict[str, Any]) -> None:
    """Open Zaak's step: `cloud_events_config_enable: true` with `cloud_events_config: {enabled, source,
    webhooks: [{name, url, auth: none|jwt|api_key, client_id, secret, header, key}]}`."""
    if not config.get("cloud_events_config_enable"):
        return
    from zgw.domain.cloudevents import config as cloudevents_config

    section = config.get("cloud_events_config") or {}
    try:
        changed = await cloudevents_config.save(bool(section.get("enabled")), str(section.get("source") or ""),
                                                list(section.get("webhooks") or []))
    except ValueError as exc:
        raise SystemExit(f"setup-config: cloud_events_config: {exc}") from None
    print(f"cloud events: {'stored' if changed else 'unchanged'}")


def cmd_events(args: argparse.Namespace) -> int:
    """Undelivered cloud events, and "retry now" (all undelivered, only failed, or the given ids)."""
    from uuid import UUID

    from zgw.domain.cloudevents import delivery

    async def pending() -> None:
        for m in await delivery.undelivered(include_delivered=args.all, limit=args.limit):
            print(f"{m['_id']}  {m['aanmaakdatum']:%Y-%m-%d %H:%M:%S}  {m['status']:9}  {m['receiver']:12}  "
                  f"{m['type']:45} {m['subject']}  attempts={m.get('attempts', 0)}"
                  f"{'  ' + m['last_error'] if m.get('last_error') else ''}")

    async def retry() -> None:
        ids = [UUID(i) for i in args.ids] if args.ids else None
        chosen = await delivery.retry(ids, failed_only=args.failed)
        if chosen:
            try:
                from zgw.workers.app import use_broker
                from zgw.workers.cloudevents import enqueue

                use_broker(get_settings().redis_url)
                await enqueue(chosen)
            except Exception as exc:  # the beat sweep queues them anyway
                print(f"could not queue now ({exc!r}); the sweep will", file=sys.stderr)
        print(f"retrying {len(chosen)} cloud event message(s)")

    _async(_with_db(pending if args.action == "pending" else retry))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    import redis

    settings = get_settings()

    async def mongo() -> dict[str, Any]:
        from zgw.core.db import client_for

        client = client_for(settings)
        try:
            info: dict[str, Any] = await client.server_info()
            return info
        finally:
            await client.close()

    info = _async(mongo())
    print(f"MongoDB {settings.mongodb_uri}: version {info.get('version')}"
          f"{' (FerretDB ' + info['ferretdbVersion'] + ')' if 'ferretdbVersion' in info else ''}")
    r = redis.Redis.from_url(settings.redis_url)
    print(f"Redis {settings.redis_url}: version {r.info()['redis_version']}")
    return 0


def cmd_openapi(args: argparse.Namespace) -> int:
    from zgw.rest.oasfiles import check_or_write

    stale = check_or_write(write=args.write)
    for name in stale:
        print(f"{'wrote' if args.write else 'stale'}: zgw/rest/{name}/openapi.yaml")
    return 1 if stale and not args.write else 0


def cmd_outbox(args: argparse.Namespace) -> int:
    from zgw.domain.notifications.documents import OutboxMessage

    async def listing() -> None:
        query = {} if args.all else {"status": {"$ne": "delivered"}}
        for m in await OutboxMessage.find(query).sort(OutboxMessage.ORDER).limit(args.limit).to_list():
            print(f"{m.aanmaakdatum:%Y-%m-%d %H:%M:%S}  {m.status:9}  {m.kanaal:14} {m.actie:15} {m.resource_url}"
                  f"{'  ' + m.last_error if m.last_error else ''}")
    _async(_with_db(listing))
    return 0


def cmd_dev(args: argparse.Namespace) -> int:
    from zgw.gateway.launcher import run_dev

    return run_dev(port=args.port)


def cmd_catalogus(args: argparse.Namespace) -> int:
    from uuid import UUID

    from zgw.domain.catalogi import transfer

    if args.action == "export":
        data = _async(_with_db(lambda: transfer.export_catalogus(UUID(args.target))))
        text = json.dumps(data, indent=2, ensure_ascii=False)
        if args.output:
            Path(args.output).write_text(text)
        else:
            print(text)
        return 0
    data = json.loads(Path(args.target).read_text())
    catalogus = _async(_with_db(lambda: transfer.import_catalogus(data, new_uuids=args.new_uuids)))
    print(catalogus.id)
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    """Rebuild the zaken and documenten indexes (Redis) from MongoDB, or compare them (--check) and fix them
    (--repair)."""
    import time

    import redis.asyncio as aioredis

    from zgw.domain import zaken
    from zgw.domain.audit import service as audit
    from zgw.domain.zaken import indexing, listing, subresources

    started = time.monotonic()
    total = {"n": 0}

    def progress(n: int) -> None:
        rate = n / max(time.monotonic() - started, 1e-6)
        line = f"\r  {n:>10,} / ~{total['n']:,} zaken  ({rate:,.0f}/s)"
        print(line, end="", file=sys.stderr, flush=True)

    async def work() -> int:
        from zgw.domain.zaken.documents import Zaak

        client = aioredis.Redis.from_url(get_settings().redis_url)
        try:
            zaken.configure(client)
            await audit.ensure_trails(backfill=True)  # records written before trails existed
            await subresources.backfill_lists()  # sub-resources written before their zaak named them
            total["n"] = await Zaak.get_pymongo_collection().estimated_document_count()
            index = listing.get()
            if not args.check and not args.repair:
                count = await indexing.rebuild(index, progress)
                print(f"\nzaken index rebuilt: {count} zaken in {time.monotonic() - started:.1f}s")
                return 0
            report = await indexing.check(index, repair=args.repair, progress=progress)
            print()
            differences = sum(len(v) for v in report.values())
            for kind, items in report.items():
                print(f"{kind}: {len(items)}")
                for item in items[:20]:
                    print(f"  {item}")
                if len(items) > 20:
                    print(f"  ... and {len(items) - 20} more")
            if differences and args.repair:
                print("repaired; checking again")
                again = await indexing.check(index)
                left = sum(len(v) for v in again.values())
                print("index equals the database" if not left else f"{left} differences left")
                return 1 if left else 0
            print("index equals the database" if not differences else f"{differences} differences")
            return 1 if differences else 0
        finally:
            await client.aclose()

    async def documenten() -> int:
        """The same for the documenten index (zgw.domain.documenten.indexing)."""
        from zgw.domain.documenten import indexing as documenten_index

        client = aioredis.Redis.from_url(get_settings().redis_url)
        try:
            documenten_index.configure(client)
            if not args.check and not args.repair:
                count = await documenten_index.rebuild()
                print(f"documenten index rebuilt: {count} informatieobjecten")
                return 0
            report = await documenten_index.check(repair=args.repair)
            if args.repair:
                report = await documenten_index.check()
            left = {kind: items for kind, items in report.items() if items}
            print("documenten index equals the database" if not left else f"documenten index differences: {left}")
            return 1 if left else 0
        finally:
            await client.aclose()

    async def both() -> int:
        zaken_result, documenten_result = await work(), await documenten()
        return zaken_result or documenten_result

    result: int = _async(_with_db(both))
    return result


def cmd_zaken(args: argparse.Namespace) -> int:
    """`zgw zaken reindex`: the older name of `zgw reindex`."""
    return cmd_reindex(argparse.Namespace(check=False, repair=False))


def cmd_analytics(args: argparse.Namespace) -> int:
    """The analytics copy (zakenStatistiek, the export): rebuild it from MongoDB, compact its feed, or show it."""
    import time

    import redis.asyncio as aioredis

    from zgw.core.settings import analytics_dir
    from zgw.domain import analytics
    from zgw.domain.analytics import feed, store

    started = time.monotonic()

    def progress(n: int) -> None:
        rate = n / max(time.monotonic() - started, 1e-6)
        print(f"\r  {n:>10,} zaken  ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)

    async def work() -> int:
        client = aioredis.Redis.from_url(get_settings().redis_url)
        try:
            analytics.configure(client, analytics_dir(get_settings()))
            if args.action == "rebuild":
                built = await store.rebuild(progress)
                print(f"\nanalytics copy rebuilt: {built.count} zaken in {time.monotonic() - started:.1f}s"
                      f" ({built.path()})")
            elif args.action == "compact":
                done = await store.compact(min_rows=1, max_age=0)
                print("compacted" if done else "nothing to compact (or another writer is at work)")
            snapshot = await store.current()
            if snapshot is None:
                print("no analytics copy yet: the worker builds one (or run `zgw analytics rebuild`)")
                return 1
            pending = await client.xlen(feed.ROWS)
            waiting = await client.xlen(feed.CHANGED)
            print(f"snapshot {snapshot.file}: {snapshot.count} zaken, written {time.ctime(snapshot.written_at)}, "
                  f"file {'present' if snapshot.path().exists() else 'MISSING'}; feed: {waiting} changed ids "
                  f"waiting for the pump, {pending} rows on the stream")
            return 0
        finally:
            await client.aclose()

    result: int = _async(_with_db(work))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="zgw", description="ZGW Gateway")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("dev", help="start FerretDB, Redis, API, worker and beat locally")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_dev)

    p = sub.add_parser("serve", help="run the API (uvicorn)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("worker", help="run a Celery worker")
    p.add_argument("--concurrency", type=int, default=2)
    p.set_defaults(func=cmd_worker)

    sub.add_parser("beat", help="run Celery beat").set_defaults(func=cmd_beat)

    p = sub.add_parser("token", help="print a JWT for a client id and secret")
    p.add_argument("client_id")
    p.add_argument("secret")
    p.add_argument("--user-id", default="")
    p.add_argument("--user-representation", default="")
    p.set_defaults(func=cmd_token)

    p = sub.add_parser("applicatie", help="create or list applicaties")
    p.add_argument("action", choices=["create", "list"])
    p.add_argument("--client-id")
    p.add_argument("--secret")
    p.add_argument("--label")
    p.add_argument("--superuser", action="store_true", help="heeftAlleAutorisaties")
    p.add_argument("--autorisaties", help="JSON list of autorisaties (snake_case fields)")
    p.set_defaults(func=cmd_applicatie)

    p = sub.add_parser("credentials", help="client ids with their secrets, apart from applicaties")
    p.add_argument("action", choices=["add", "list", "remove"])
    p.add_argument("client_id", nargs="?")
    p.add_argument("--secret", help="add: the secret (default: a new random one, printed once)")
    p.set_defaults(func=cmd_credentials)

    p = sub.add_parser("setup-config", help="apply a YAML configuration file (idempotent)")
    p.add_argument("file")
    p.set_defaults(func=cmd_setup_config)

    from zgw.gateway.servicecli import add_parser as add_service_parser

    add_service_parser(sub)

    from zgw.gateway.importcli import add_parser as add_import_parser

    add_import_parser(sub)

    sub.add_parser("check", help="reach MongoDB and Redis, print versions").set_defaults(func=cmd_check)

    p = sub.add_parser("openapi", help="check (or --write) the committed OpenAPI documents")
    p.add_argument("--write", action="store_true")
    p.set_defaults(func=cmd_openapi)

    p = sub.add_parser("outbox", help="list undelivered notifications")
    p.add_argument("--all", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_outbox)

    p = sub.add_parser("events", help="cloud events: list undelivered ones (pending) or retry them now (retry)")
    p.add_argument("action", choices=["pending", "retry"])
    p.add_argument("ids", nargs="*", help="retry: these message ids (default: every undelivered message)")
    p.add_argument("--failed", action="store_true", help="retry: only messages that gave up")
    p.add_argument("--all", action="store_true", help="pending: delivered ones too")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("catalogus", help="export a catalogus with all its types to a file, or import one (as concept)")
    p.add_argument("action", choices=["export", "import"])
    p.add_argument("target", help="export: the catalogus UUID; import: the file")
    p.add_argument("-o", "--output", help="export: write to this file instead of stdout")
    p.add_argument("--new-uuids", action="store_true", help="import: give every object a new UUID")
    p.set_defaults(func=cmd_catalogus)

    p = sub.add_parser("reindex", help="rebuild the zaken and documenten indexes (Redis) from the database; "
                                       "--check compares, --repair fixes every difference")
    p.add_argument("--check", action="store_true", help="compare the index with the database and report")
    p.add_argument("--repair", action="store_true", help="compare, fix every difference, and check again")
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser("analytics", help="the analytics copy of the zaken: rebuild it from the database, "
                                         "compact its feed, or show its state")
    p.add_argument("action", choices=["rebuild", "compact", "status"])
    p.set_defaults(func=cmd_analytics)

    p = sub.add_parser("zaken", help="reindex: the same as `zgw reindex`")
    p.add_argument("action", choices=["reindex"])
    p.set_defaults(func=cmd_zaken)

    args = parser.parse_args(argv)
    if args.command == "applicatie" and args.action == "create" and not args.client_id:
        parser.error("applicatie create needs --client-id")
    if args.command == "credentials" and args.action != "list" and not args.client_id:
        parser.error(f"credentials {args.action} needs a client id")
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
