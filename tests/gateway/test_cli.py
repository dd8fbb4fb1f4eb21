"""The `zgw` command against the test's own FerretDB and Redis."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from zgw.core.settings import Settings
from zgw.domain.autorisaties.documents import Applicatie


def zgw(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MONGODB_URI": settings.mongodb_uri, "MONGODB_DB": settings.mongodb_db,
           "REDIS_URL": settings.redis_url}
    return subprocess.run([sys.executable, "-m", "zgw.gateway.cli", *args], env=env, capture_output=True,
                          text=True, timeout=60, check=False)


def test_token() -> None:
    out = subprocess.run([sys.executable, "-m", "zgw.gateway.cli", "token", "cid", "s3cret", "--user-id", "u1"],
                         capture_output=True, text=True, check=True).stdout.strip()
    claims: dict[str, Any] = jwt.decode(out, "s3cret", algorithms=["HS256"])
    assert (claims["client_id"], claims["iss"], claims["user_id"]) == ("cid", "cid", "u1")
    assert isinstance(claims["iat"], int)


@pytest.mark.ferretdb  # FerretDB's version string
async def test_check(api: httpx.AsyncClient, settings: Settings) -> None:
    result = zgw(settings, "check")
    assert result.returncode == 0, result.stderr
    assert "FerretDB v1.24.2" in result.stdout
    assert "Redis" in result.stdout and "version" in result.stdout


async def test_setup_config_is_idempotent(api: httpx.AsyncClient, settings: Settings, tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("""
applicaties:
  - client_id: zaaksysteem
    secret: zs-secret
    label: Zaaksysteem
    autorisaties:
      - component: zrc
        scopes: [zaken.lezen]
        zaaktype: /catalogi/api/v1/zaaktypen/0b8c9a4a-6b6e-4c55-9a1e-0f8e3cbd3f3e
        max_vertrouwelijkheidaanduiding: intern
  - client_id: beheer
    secret: beheer-secret
    heeft_alle_autorisaties: true
""")
    for _ in range(2):
        result = zgw(settings, "setup-config", str(config))
        assert result.returncode == 0, result.stderr
    apps = sorted(await Applicatie.find_all().to_list(), key=lambda a: a.client_ids)
    assert [(a.client_ids, a.heeft_alle_autorisaties) for a in apps] == [(["beheer"], True), (["zaaksysteem"], False)]
    assert apps[1].autorisaties[0].zaaktype == "/catalogi/api/v1/zaaktypen/0b8c9a4a-6b6e-4c55-9a1e-0f8e3cbd3f3e"
    # The configured secret works against the API.
    token = zgw(settings, "token", "zaaksysteem", "zs-secret").stdout.strip()
    r = await api.get("/autorisaties/api/v1/applicaties", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 403  # authenticated; only zaken scopes, so not for the Autorisaties API
    assert r.json()["code"] == "permission_denied"


async def test_applicatie_create_and_list(api: httpx.AsyncClient, settings: Settings) -> None:
    result = zgw(settings, "applicatie", "create", "--client-id", "cli-app", "--superuser")
    assert result.returncode == 0, result.stderr
    created = json.loads(result.stdout)
    assert created["clientId"] == "cli-app" and created["secret"]
    listing = zgw(settings, "applicatie", "list").stdout
    assert created["uuid"] in listing and "(alle autorisaties)" in listing


async def test_setup_config_rerun_writes_nothing(api: httpx.AsyncClient, settings: Settings, tmp_path: Path) -> None:
    from zgw.domain.notifications.documents import OutboxMessage

    config = tmp_path / "config.yaml"
    config.write_text("applicaties:\n  - client_id: beheer\n    secret: s\n    heeft_alle_autorisaties: true\n")
    assert zgw(settings, "setup-config", str(config)).returncode == 0
    assert await OutboxMessage.find_all().count() == 1  # the create
    assert zgw(settings, "setup-config", str(config)).returncode == 0
    assert await OutboxMessage.find_all().count() == 1
