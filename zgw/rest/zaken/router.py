"""Zaken API routes of the core: zaken, _zoek, zaakeigenschappen, audittrail."""

from fastapi.routing import APIRouter


def build() -> list[APIRouter]:
    return []
