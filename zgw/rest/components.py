"""The REST components this installation serves, in mounting order."""

from __future__ import annotations

from zgw.rest import autorisaties, besluiten, catalogi, documenten, zaken

COMPONENTS = [autorisaties, catalogi, zaken, documenten, besluiten]
