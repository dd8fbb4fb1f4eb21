#!/usr/bin/env bash
# Build FerretDB from the Go module proxy into .tools/bin (skipped when the binary exists).
#
# Why not `go install ...@v1.24.2`: the published module lacks the generated
# build/version/version.txt, so a binary built that way panics at start-up
# ("Invalid build/version/version.txt file content"). We copy the module source,
# write version.txt ourselves and build from the copy.
set -euo pipefail
VERSION="${FERRETDB_VERSION:-v1.24.2}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="$ROOT/.tools/bin/ferretdb"
if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "version: $VERSION"; then
  exit 0
fi
command -v go >/dev/null || { echo "Go is required to build FerretDB" >&2; exit 1; }
start=$(date +%s)
SRC="$ROOT/.tools/src/ferretdb-$VERSION"
if [ ! -d "$SRC" ]; then
  MOD=$(cd "$ROOT" && GOFLAGS=-mod=mod go mod download -json "github.com/FerretDB/FerretDB@$VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
  [ -n "$MOD" ] || { echo "could not download FerretDB $VERSION" >&2; exit 1; }
  mkdir -p "$(dirname "$SRC")"
  cp -r "$MOD" "$SRC.tmp"
  chmod -R u+w "$SRC.tmp"
  mv "$SRC.tmp" "$SRC"
fi
echo "$VERSION" > "$SRC/build/version/version.txt"
echo "main" > "$SRC/build/version/branch.txt"
echo "ferretdb-go-proxy" > "$SRC/build/version/package.txt"
mkdir -p "$ROOT/.tools/bin"
(cd "$SRC" && GOFLAGS=-buildvcs=false CGO_ENABLED=0 go build -trimpath -o "$BIN.tmp" ./cmd/ferretdb)
mv "$BIN.tmp" "$BIN"
echo "built FerretDB $VERSION in $(( $(date +%s) - start ))s -> $BIN"
