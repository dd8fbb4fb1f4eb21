"""The committed SDL (zgw/graphql/schema.graphql): `python -m zgw.graphql.sdl --write` writes it, `--check`
fails when the code's schema differs (tests/graphql/test_sdl.py does the same)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zgw.graphql.schema import sdl

PATH = Path(__file__).with_name("schema.graphql")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m zgw.graphql.sdl", description=__doc__)
    parser.add_argument("--write", action="store_true", help="write the SDL file")
    args = parser.parse_args(argv)
    text = sdl()
    if args.write:
        PATH.write_text(text, encoding="utf-8")
        print(f"wrote {PATH}")
        return 0
    if not PATH.exists() or PATH.read_text(encoding="utf-8") != text:
        print(f"{PATH} differs from the code's schema: run `make graphql-schema`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
