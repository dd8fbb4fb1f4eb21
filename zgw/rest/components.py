"""The REST components this installation serves, in mounting order."""

from __future__ import annotations

from zgw.rest import autorisaties, catalogi, documenten, zaken

COMPONENTS = [autorisaties, catalogi, zaken, documenten]
