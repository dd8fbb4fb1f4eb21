"""The metadata CSV: Open Zaak's columns (in its order), the report's two extra ones, and one row read
into an informatieobject's domain data with every problem named (a bad row is reported, never raised)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

HEADERS = [
    "uuid", "identificatie", "bronorganisatie", "creatiedatum", "titel", "vertrouwelijkheidaanduiding", "auteur",
    "status", "formaat", "taal", "bestandsnaam", "bestandsomvang", "bestandspad", "link", "beschrijving",
    "ontvangstdatum", "verzenddatum", "indicatieGebruiksrecht", "verschijningsvorm", "ondertekening.soort",
    "ondertekening.datum", "integriteit.algoritme", "integriteit.waarde", "integriteit.datum",
    "informatieobjecttype", "zaakUuid", "trefwoorden",
]
REPORT_HEADERS = [*HEADERS, "opmerking", "resultaat"]
IMPORTED, NOT_IMPORTED = "Geïmporteerd", "Niet geïmporteerd"  # Open Zaak's labels in the report

VERTROUWELIJKHEID = ("openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk",
                     "confidentieel", "geheim", "zeer_geheim")
STATUS = ("in_bewerking", "ter_vaststelling", "definitief", "gearchiveerd")
ONDERTEKENING = ("analoog", "digitaal", "pki")
ALGORITME = ("crc_16", "crc_32", "crc_64", "fletcher_4", "fletcher_8", "fletcher_16", "fletcher_32", "hmac",
             "md5", "sha_1", "sha_256", "sha_512", "sha_3")
IOT_PATH = "/catalogi/api/v1/informatieobjecttypen/"
MAX_LENGTH = {"identificatie": 40, "titel": 200, "auteur": 200, "formaat": 255, "bestandsnaam": 255, "link": 200,
              "beschrijving": 1000, "integriteit.waarde": 128}


def header_problems(headers: list[str]) -> tuple[list[str], list[str]]:
    """(missing, unknown) column names."""
    present = set(headers)
    return [h for h in HEADERS if h not in present], [h for h in headers if h not in HEADERS]


@dataclass
class Row:
    number: int                      # 0-based, the header not counted
    values: dict[str, str]           # column -> text, as read
    data: dict[str, Any] = field(default_factory=dict)  # domain data of the informatieobject
    uuid: UUID | None = None
    zaak: UUID | None = None
    target: Path | None = None       # the resolved file, once checked
    problems: list[str] = field(default_factory=list)

    def fail(self, text: str) -> None:
        self.problems.append(text)


def _date(row: Row, name: str, required: bool = False) -> str | None:
    text = row.values.get(name, "").strip()
    if not text:
        if required:
            row.fail(f"{name}: dit veld is vereist.")
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError(text)
        return date.fromisoformat(text).isoformat()
    except ValueError:
        row.fail(f"{name}: '{text}' is geen geldige datum (JJJJ-MM-DD).")
        return None


def _choice(row: Row, name: str, choices: tuple[str, ...]) -> str:
    text = row.values.get(name, "").strip()
    if text and text not in choices:
        row.fail(f"{name}: '{text}' is geen geldige keuze.")
    return text


def iot_ref(url: str, local_hosts: set[str]) -> str | None:
    """The stored reference of an informatieobjecttype URL of this installation, else None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.path.startswith(IOT_PATH):
        return None
    if "*" not in local_hosts and parts.netloc.lower() not in local_hosts and \
            (parts.hostname or "").lower() not in local_hosts:
        return None
    try:
        return IOT_PATH + str(UUID(parts.path[len(IOT_PATH):].strip("/")))
    except ValueError:
        return None


def read(number: int, raw: list[str], headers: list[str], local_hosts: set[str]) -> Row:
    """A CSV record as a row: its values by column, and its informatieobject data or its problems."""
    if len(raw) != len(headers):
        row = Row(number, {h: (raw[i] if i < len(raw) else "") for i, h in enumerate(headers)})
        row.fail(f"De rij heeft {len(raw)} kolommen, verwacht: {len(headers)}.")
        return row
    row = Row(number, dict(zip(headers, raw, strict=True)))
    v = row.values
    if "\x00" in "".join(raw):
        row.fail("De rij bevat een NUL-teken.")
        return row
    if v["uuid"].strip():
        try:
            row.uuid = UUID(v["uuid"].strip())
        except ValueError:
            row.fail(f"uuid: '{v['uuid']}' is not a valid UUID.")
    if v["zaakUuid"].strip():
        try:
            row.zaak = UUID(v["zaakUuid"].strip())
        except ValueError:
            row.fail(f"zaakUuid: '{v['zaakUuid']}' is not a valid UUID.")
    for name in ("bronorganisatie", "titel", "auteur", "taal", "informatieobjecttype", "bestandspad"):
        if not v[name].strip():
            row.fail(f"{name}: dit veld is vereist.")
    if v["bronorganisatie"].strip() and not re.fullmatch(r"\d{9}", v["bronorganisatie"].strip()):
        row.fail("bronorganisatie: een RSIN bestaat uit 9 cijfers.")
    if v["taal"].strip() and len(v["taal"].strip()) != 3:
        row.fail("taal: een ISO 639-2/B taalcode heeft 3 letters.")
    for name, limit in MAX_LENGTH.items():
        if len(v[name]) > limit:
            row.fail(f"{name}: ten hoogste {limit} tekens.")
    omvang: int | None = None
    if v["bestandsomvang"].strip():
        try:
            omvang = int(v["bestandsomvang"].strip())
            if omvang < 0:
                raise ValueError
        except ValueError:
            row.fail(f"bestandsomvang: '{v['bestandsomvang']}' is geen geldig aantal bytes.")
    iot = None
    if v["informatieobjecttype"].strip():
        iot = iot_ref(v["informatieobjecttype"].strip(), local_hosts)
        if iot is None:
            row.fail(f"informatieobjecttype: {v['informatieobjecttype']} is geen informatieobjecttype van deze "
                     "installatie.")
    gebruiksrecht = v["indicatieGebruiksrecht"].strip().lower()
    if gebruiksrecht not in ("", "true", "false"):
        row.fail("indicatieGebruiksrecht: 'true', 'false' of leeg.")
    ondertekening = {"soort": _choice(row, "ondertekening.soort", ONDERTEKENING),
                     "datum": _date(row, "ondertekening.datum") or ""}
    integriteit = {"algoritme": _choice(row, "integriteit.algoritme", ALGORITME),
                   "waarde": v["integriteit.waarde"], "datum": _date(row, "integriteit.datum") or ""}
    trefwoorden = [t.strip() for t in v["trefwoorden"].replace('"', "").split(",") if t.strip()]
    row.data = {
        "identificatie": v["identificatie"].strip(),
        "bronorganisatie": v["bronorganisatie"].strip(),
        "creatiedatum": _date(row, "creatiedatum", required=True),
        "titel": v["titel"],
        "vertrouwelijkheidaanduiding": _choice(row, "vertrouwelijkheidaanduiding", VERTROUWELIJKHEID),
        "auteur": v["auteur"],
        "status": _choice(row, "status", STATUS),
        "formaat": v["formaat"],
        "taal": v["taal"].strip(),
        "bestandsnaam": v["bestandsnaam"],
        "bestandsomvang": omvang,
        "link": v["link"].strip(),
        "beschrijving": v["beschrijving"],
        "ontvangstdatum": _date(row, "ontvangstdatum"),
        "verzenddatum": _date(row, "verzenddatum"),
        "indicatie_gebruiksrecht": {"true": True, "false": False}.get(gebruiksrecht),
        "verschijningsvorm": v["verschijningsvorm"],
        "ondertekening": ondertekening if any(ondertekening.values()) else None,
        "integriteit": integriteit if any(integriteit.values()) else None,
        "informatieobjecttype": iot,
        "trefwoorden": trefwoorden,
    }
    return row
