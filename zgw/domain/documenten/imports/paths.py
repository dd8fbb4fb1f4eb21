"""Files under IMPORT_DOCUMENTEN_BASE_DIR, opened safely: a `bestandspad` never reaches outside the base
directory (no `..`, no absolute path, no NUL, no symlink that leads out) and names a regular file (no
device, FIFO, socket or directory). The checks run on the opened descriptor too, so a path swapped for a
symlink or a FIFO between the check and the open is still refused."""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath

from zgw.domain.errors import ValidationFailed


class Refused(Exception):
    """This row's file cannot be used; the message says why (it goes into the report)."""


def base_dir(configured: str) -> Path:
    """The configured base directory, resolved; refuses to start an import when it is missing or a file."""
    path = Path(configured)
    if not path.exists():
        raise ValidationFailed.non_field(
            "import-dir-not-found", f"The import was not started as the import directory {configured} could not be "
                                    "found")
    if not path.is_dir():
        raise ValidationFailed.non_field(
            "import-dir-not-dir", f"The import was not started as the specified import directory is not a "
                                  f"directory: {configured}")
    return path.resolve(strict=True)


def resolve(base: Path, bestandspad: str) -> Path:
    """The file a row names, inside `base`, or Refused."""
    if not bestandspad:
        raise Refused("bestandspad: dit veld is vereist.")
    if "\x00" in bestandspad:
        raise Refused("bestandspad: het pad bevat een NUL-teken.")
    pure = PurePosixPath(bestandspad)
    if pure.is_absolute() or bestandspad.startswith(("\\", "~")) or (len(bestandspad) > 1 and bestandspad[1] == ":"):
        raise Refused(f"bestandspad: {bestandspad} is een absoluut pad; het moet relatief zijn aan "
                      "IMPORT_DOCUMENTEN_BASE_DIR.")
    if ".." in pure.parts:
        raise Refused(f"bestandspad: {bestandspad} verwijst buiten IMPORT_DOCUMENTEN_BASE_DIR (..).")
    try:
        target = (base / pure).resolve(strict=True)
    except FileNotFoundError:
        raise Refused(f"bestandspad: het bestand {bestandspad} bestaat niet.") from None
    except (OSError, RuntimeError) as error:  # a symlink loop, a path too long, no permission
        raise Refused(f"bestandspad: {bestandspad} kan niet gelezen worden ({error.__class__.__name__}).") from None
    if not target.is_relative_to(base):
        raise Refused(f"bestandspad: {bestandspad} verwijst buiten IMPORT_DOCUMENTEN_BASE_DIR (symbolische link).")
    return target


def open_file(base: Path, bestandspad: str, target: Path | None = None) -> tuple[int, int]:
    """(an open descriptor of the row's regular file, its size); the caller closes it. `target`: the path
    `resolve` answered for it already."""
    target = target or resolve(base, bestandspad)
    try:
        fd = os.open(target, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise Refused(f"bestandspad: {bestandspad} kan niet geopend worden ({error.strerror}).") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise Refused(f"bestandspad: {bestandspad} is geen gewoon bestand.")
    return fd, info.st_size
