"""`make fuzz`: schemathesis against our own OpenAPI documents, on a real server and database.

Starts FerretDB and Redis (throwaway data), the API under uvicorn, a superuser applicatie, and
runs schemathesis per component. Exits non-zero when schemathesis finds a failure (a 5xx, a
response that does not match the document, ...). FUZZ_COMPONENTS=catalogi,autorisaties limits the
run (default: all); FUZZ_EXAMPLES sets the examples per operation (default 50).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from zgw.core.auth import make_token
from zgw.core.settings import Settings
from zgw.gateway.services import local_services, serve_api
from zgw.rest.components import COMPONENTS

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


async def _superuser(settings: Settings) -> None:
    from zgw.core.db import init_db
    from zgw.gateway.bootstrap import ensure_applicatie

    client = await init_db(settings)
    try:
        await ensure_applicatie("fuzz", "fuzz-secret", label="fuzz", superuser=True)
    finally:
        await client.close()


def main() -> int:
    max_examples = os.environ.get("FUZZ_EXAMPLES", "50")
    wanted = {n.strip() for n in os.environ.get("FUZZ_COMPONENTS", "").split(",") if n.strip()}
    components = [c for c in COMPONENTS if not wanted or c.INFO.name in wanted]
    unknown = wanted - {c.INFO.name for c in COMPONENTS}
    if unknown:
        print(f"FUZZ_COMPONENTS: unknown {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="zgw-fuzz-") as tmp, local_services(Path(tmp), persist=False) as svc:
        settings = Settings(mongodb_uri=svc.mongodb_uri, redis_url=svc.redis_url, mongodb_db="zgw_fuzz")
        with serve_api(svc, {"MONGODB_DB": "zgw_fuzz"}) as base:
            token = make_token("fuzz", "fuzz-secret")
            status = 0
            for component in components:
                # The Autorisaties run may delete or change the fuzz applicatie itself; restore it.
                asyncio.run(_superuser(settings))
                root = f"{base}{component.INFO.root}"
                # schemathesis gives a schema URL 10 s; the Zaken document (1.3 MB) can take longer on a
                # loaded machine, so it is fetched here and handed over as a file
                schema = Path(tmp) / f"{component.INFO.name}.json"
                schema.write_bytes(httpx.get(f"{root}/schema/openapi.json", timeout=300).content)
                cmd = [str(Path(sys.executable).parent / "schemathesis"), "run", str(schema),
                       "--url", root, "-H", f"Authorization: Bearer {token}", "--checks", CHECKS,
                       "-n", max_examples, "--generation-deterministic", "--request-timeout", "120"]
                print("$", " ".join(cmd[:3]), flush=True)
                status |= subprocess.call(cmd)
            return status


if __name__ == "__main__":
    sys.exit(main())
