"""The REST components this installation serves, in mounting order."""

from __future__ import annotations

from zgw.rest import autorisaties, catalogi, zaken

COMPONENTS = [autorisaties, catalogi, zaken]
