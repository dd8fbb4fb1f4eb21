"""Error codes of the Autorisaties API (ac-001 … ac-003), as Open Zaak answers them."""

CLIENT_ID_EXISTS = "clientId-exists"
AMBIGUOUS = "ambiguous-authorizations-specified"
MISSING = "missing-authorizations"
REQUIRED = "required"

AMBIGUOUS_REASON = "Either set `heeftAlleAutorisaties` or specify `autorisaties`, not both."
MISSING_REASON = "Specify either `heeftAlleAutorisaties` or `autorisaties`."
