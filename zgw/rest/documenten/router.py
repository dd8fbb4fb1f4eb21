"""Enkelvoudiginformatieobjecten, bestandsdelen, their audit trail and documentnummer_reserveren."""

from __future__ import annotations

from fastapi.routing import APIRouter


def build() -> list[APIRouter]:
    return []
