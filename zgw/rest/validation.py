"""Turn pydantic/FastAPI validation errors into Open Zaak's invalidParams."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from zgw.domain.errors import InvalidParam

# pydantic error type -> (Open Zaak code, Dutch reason or None to use pydantic's message)
CODES: dict[str, tuple[str, str | None]] = {
    "missing": ("required", "Dit veld is vereist."),
    "string_too_long": ("max_length", None),
    "string_too_short": ("min_length", None),
    "too_long": ("max_length", None),
    "too_short": ("min_length", None),
    "enum": ("invalid_choice", None),
    "literal_error": ("invalid_choice", None),
    "union_tag_invalid": ("invalid_choice", None),
    "union_tag_not_found": ("required", "Dit veld is vereist."),
    "none_required": ("invalid", None),
    "string_type": ("invalid", "Geen geldige string."),
    "int_parsing": ("invalid", "Een geldig getal is vereist."),
    "int_type": ("invalid", "Een geldig getal is vereist."),
    "int_from_float": ("invalid", "Een geldig getal is vereist."),
    "bool_parsing": ("invalid", "Moet een geldige boolean zijn."),
    "bool_type": ("invalid", "Moet een geldige boolean zijn."),
    "list_type": ("not_a_list", None),
    "dict_type": ("invalid", "Ongeldige data. Verwacht een dictionary."),
    "model_type": ("invalid", "Ongeldige data. Verwacht een dictionary."),
    "model_attributes_type": ("invalid", "Ongeldige data. Verwacht een dictionary."),
    "url_parsing": ("invalid", "Voer een geldige URL in."),
    "url_scheme": ("invalid", "Voer een geldige URL in."),
    "url_type": ("invalid", "Voer een geldige URL in."),
    "uuid_parsing": ("invalid", "Voer een geldige UUID in."),
    "uuid_type": ("invalid", "Voer een geldige UUID in."),
    "date_parsing": ("invalid", None),
    "date_from_datetime_parsing": ("invalid", None),
    "datetime_parsing": ("invalid", None),
    "datetime_from_date_parsing": ("invalid", None),
    "greater_than_equal": ("min_value", None),
    "less_than_equal": ("max_value", None),
    "string_pattern_mismatch": ("invalid", None),
    "value_error": ("invalid", None),
}


def _name(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    # Discriminated unions add the tag as a path segment; it is not a field name.
    parts = [p for p in parts if not p.startswith("function-")]
    return ".".join(parts) if parts else "nonFieldErrors"


# Discriminator values of tagged unions: pydantic puts them in error locations.
UNION_TAGS: set[str] = set()


def register_union_tags(tags: set[str]) -> None:
    UNION_TAGS.update(tags)


def invalid_params(errors: Sequence[dict[str, Any]]) -> list[InvalidParam]:
    out: list[InvalidParam] = []
    seen: set[tuple[str, str]] = set()
    for err in errors:
        loc = [p for p in err.get("loc", ()) if str(p) not in UNION_TAGS]
        name = _name(loc)
        code, reason = CODES.get(err.get("type", ""), ("invalid", None))
        if err.get("type") == "value_error":
            ctx_error = err.get("ctx", {}).get("error")
            code = getattr(ctx_error, "code", code)
        key = (name, code)
        if key in seen:
            continue
        seen.add(key)
        msg = reason or str(err.get("msg", "Ongeldige waarde."))
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, "):]
        out.append(InvalidParam(name, code, msg))
    return out


def is_json_error(errors: Sequence[dict[str, Any]]) -> bool:
    return any(err.get("type") == "json_invalid" for err in errors)
