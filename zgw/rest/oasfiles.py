"""The committed OpenAPI document of each component: generate, compare, write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

REST_DIR = Path(__file__).resolve().parent


def components() -> list[Any]:
    from zgw.rest.components import COMPONENTS

    return COMPONENTS


def generated(component: Any) -> str:
    app = component.create()
    document = app.state.document()
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120)


def committed_path(component: Any) -> Path:
    return REST_DIR / str(component.INFO.name) / "openapi.yaml"


def check_or_write(*, write: bool) -> list[str]:
    """Names of components whose committed document differs from the generated one."""
    stale = []
    for component in components():
        text = generated(component)
        path = committed_path(component)
        if not path.exists() or path.read_text() != text:
            stale.append(component.INFO.name)
            if write:
                path.write_text(text)
    return stale
