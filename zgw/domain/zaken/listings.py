"""The zaken listing as the rest of the domain uses it: see `listing.py` (a Redis index of zaak ids
per zaaktype and level, answering unfiltered pages without a database scan)."""

from zgw.domain.zaken.listing import Listing, Visible, configure, get, visible_from_policy

__all__ = ["Listing", "Visible", "configure", "get", "visible_from_policy"]
