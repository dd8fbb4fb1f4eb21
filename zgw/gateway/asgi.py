"""ASGI entry point for uvicorn: `zgw.gateway.asgi:app`."""

from zgw.gateway.app import create_app

app = create_app()
