"""Queries of the Zaken component."""

from __future__ import annotations

from uuid import UUID

from zgw.domain.repository import Repository
from zgw.domain.zaken.documents import Zaak, ZaakEigenschap


class ZaakRepository(Repository[Zaak]):
    async def by_ref(self, ref: str | None) -> Zaak | None:
        """The local zaak behind a ref ("/zaken/api/v1/zaken/<uuid>"), or None."""
        if not ref or not ref.startswith(Zaak.PATH + "/"):
            return None
        try:
            uuid = UUID(ref.rsplit("/", 1)[-1])
        except ValueError:
            return None
        return await self.model.get(uuid)


zaken = ZaakRepository(Zaak, "Zaak")
zaakeigenschappen = Repository(ZaakEigenschap, "ZaakEigenschap")
