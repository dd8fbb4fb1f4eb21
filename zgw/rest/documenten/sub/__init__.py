"""Documenten sub-resources (gebruiksrechten, objectinformatieobjecten, verzendingen, document_registreren):
owned by their own work; `router` is included by `zgw.rest.documenten.routers()`."""

from fastapi.routing import APIRouter

router = APIRouter()
