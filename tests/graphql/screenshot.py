"""GraphiQL in a browser: a real API process, headless Chromium, a PNG (`make graphiql-screenshot`).

`python -m tests.graphql.screenshot [out.png]` (default .data/graphiql.png, kept out of git).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from zgw.core.settings import PROJECT_ROOT


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def screenshot(url: str, out: Path, browser: str) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="zgw-chromium-") as profile:
        subprocess.run([browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--user-data-dir={profile}", "--window-size=1400,900", "--virtual-time-budget=10000",
                        f"--screenshot={out}", url], check=True, capture_output=True, timeout=120)


def page_url(base: str) -> str:
    """The IDE (a GET with a `query` parameter would run the query instead: GET serves queries too)."""
    return f"{base}/graphql"


def main(argv: list[str]) -> int:
    from zgw.gateway.services import local_services, serve_api
    from zgw.graphql import ide

    browser = chromium()
    if browser is None:
        print("no chromium: apt-get install -y chromium", file=sys.stderr)
        return 1
    if not ide.present():
        ide.fetch()
    out = Path(argv[0]) if argv else PROJECT_ROOT / ".data" / "graphiql.png"
    (PROJECT_ROOT / ".data").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="graphiql-", dir=PROJECT_ROOT / ".data") as tmp, \
            local_services(Path(tmp), persist=False) as svc, \
            serve_api(svc, {"MONGODB_DB": "zgw_graphiql", "NOTIFICATIES_API_ROOT": ""}) as base:
        screenshot(page_url(base), out.resolve(), browser)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
