"""Error codes of the Catalogi API (as Open Zaak answers them)."""

NON_CONCEPT_OBJECT = "non-concept-object"          # ztc-009
NON_CONCEPT_ZAAKTYPE = "non-concept-zaaktype"      # ztc-010 / ztc-011a
NON_CONCEPT_RELATION = "non-concept-relation"      # ztc-010: related to a published type (1.3.1)
CONCEPT_RELATION = "concept-relation"              # ztc-012
INCORRECT_CATALOGUS = "relations-incorrect-catalogus"  # ztc-013
INCORRECT_ZAAKTYPE = "relations-incorrect-zaaktype"
OVERLAP = "overlap"                                # ztc-016
DOES_NOT_EXIST = "does_not_exist"
VERLENGING = "verlenging-mismatch"
DATE_MISMATCH = "date-mismatch"
BRON = "invalid-bronzaaktype-for-broncatalogus"
NON_ZERO = "non-zero-duration"
GELDIGHEID = "invalid-begin-geldigheid"
PROCESTYPE_MISMATCH = "procestype-mismatch"        # ztc-002
AFLEIDINGSWIJZE = "invalid-afleidingswijze-for-procestermijn"  # ztc-003
MUST_BE_EMPTY = "must-be-empty"                    # ztc-004 … ztc-008
REQUIRED = "required"
INVALID_RESOURCE = "invalid-resource"              # ztc-001 / ztc-002: not a selectielijst resource
BAD_URL = "bad-url"
