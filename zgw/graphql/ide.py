"""GraphiQL without a CDN: its files (the versions strawberry's page names) fetched once from the npm
registry into .tools/graphiql (`python -m zgw.graphql.ide`, `make graphiql-assets`) and served under
/graphql/ide-assets/; without them the page loads them from unpkg, as strawberry does."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from zgw.core.settings import PROJECT_ROOT

CDN = "https://unpkg.com/"
ASSETS = PROJECT_ROOT / ".tools" / "graphiql"
# package@version -> the files of it the page loads
FILES = {
    "react@18.2.0": ["umd/react.production.min.js"],
    "react-dom@18.2.0": ["umd/react-dom.production.min.js"],
    "js-cookie@3.0.5": ["dist/js.cookie.min.js"],
    "graphiql@3.8.3": ["graphiql.min.css", "graphiql.min.js"],
    "@graphiql/plugin-explorer@1.0.2": ["dist/style.css", "dist/index.umd.js"],
}


def present(folder: Path = ASSETS) -> bool:
    return all((folder / package / name).is_file() for package, names in FILES.items() for name in names)


def local_html(html: str, prefix: str) -> str:
    """The IDE page loading its files from `prefix` instead of the CDN."""
    return html.replace(CDN, prefix.rstrip("/") + "/")


def asset(folder: Path, path: str) -> Path | None:
    """The file for a request path below the assets folder (None outside it or unknown)."""
    target = (folder / path).resolve()
    if not target.is_file() or folder.resolve() not in target.parents:
        return None
    return target


def fetch(folder: Path = ASSETS) -> None:
    """`npm pack` each package (a registry tarball, no install scripts) and keep the files the page loads."""
    with tempfile.TemporaryDirectory() as tmp:
        for package, names in FILES.items():
            out = subprocess.run(["npm", "pack", package, "--silent", "--pack-destination", tmp], check=True,
                                 capture_output=True, text=True).stdout.strip().splitlines()[-1]
            with tarfile.open(Path(tmp) / out) as tar:
                for name in names:
                    member = tar.extractfile(f"package/{name}")
                    if member is None:
                        raise FileNotFoundError(f"{package}: {name}")
                    target = folder / package / name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(member.read())


if __name__ == "__main__":
    if present():
        print(f"GraphiQL files present in {ASSETS}")
    else:
        fetch()
        print(f"GraphiQL files fetched into {ASSETS}")
    sys.exit(0)
