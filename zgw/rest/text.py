"""`Text`: a plain string field of a request body, which also takes a JSON number as Open Zaak does.

Open Zaak's (DRF's) CharField takes a string, an integer or a float and stores `str(value)`: a
client that sends `"identificatie": 20` gets "20". Booleans, objects and lists stay refused, and so
do the fields with a format (dates, URLs, UUIDs) and enumerations: DRF's DateField, URLField and
ChoiceField refuse a number (or find no choice "20"), as the generated models do.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator


def number_as_text(value: Any) -> Any:
    """An int or float as DRF's CharField renders it (`str()`); anything else unchanged (and checked as a str)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


Text = Annotated[str, BeforeValidator(number_as_text)]
