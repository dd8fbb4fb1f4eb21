"""Levels of assurance of a rol's authenticatieContext, per scheme, in increasing order.

`machtiging__loa` filters on "at most this level": the level and the ones below it in its scheme.
"""

from __future__ import annotations

SCALES = (
    ("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport",  # DigiD
     "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract",
     "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard",
     "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI"),
    ("urn:etoegang:core:assurance-class:loa1", "urn:etoegang:core:assurance-class:loa2",  # eHerkenning
     "urn:etoegang:core:assurance-class:loa2plus", "urn:etoegang:core:assurance-class:loa3",
     "urn:etoegang:core:assurance-class:loa4"),
)


def up_to(level: str) -> list[str]:
    for scale in SCALES:
        if level in scale:
            return list(scale[: scale.index(level) + 1])
    return [level]
