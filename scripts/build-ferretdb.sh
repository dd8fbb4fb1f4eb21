#!/usr/bin/env bash
# Build FerretDB from the Go module proxy into .tools/bin (skipped when the binary exists).
#
# Why not `go install ...@v1.24.2`: the published module lacks the generated
# build/version/version.txt, so a binary built that way panics at start-up
# ("Invalid build/version/version.txt file content"). We copy the module source,
# write version.txt ourselves and build from the copy.
#
# Five small source patches (marked in the binary's package line):
#  1. `_id` lookups did not use the `_id` index: the unique index is on `_ferretdb_sjson->"_id"`
#     but queries, updates and deletes compared `_ferretdb_sjson->'$._id'`, an expression SQLite
#     does not match to the index, so every read, update or delete by `_id` scanned the table
#     (EXPLAIN QUERY PLAN: SCAN instead of SEARCH ... USING INDEX).
#  2. Only string and ObjectId `_id`s were pushed down; our documents have UUID (BSON binary) ids.
#     FerretDB filters every row again in Go after the SQL query, so pushing binary ids down
#     changes which rows are read, never the answer.
# Measured on 10,000 zaken: reading a page of 100 zaken by `_id` went from 78-126 s to 51-87 ms.
#  3. (scripts/ferretdb-id-in.patch) An `_id` equality or `_id: {$in: [...]}` is pushed down also
#     beside other conditions, so `{_id: {$in: ids}, ...}` reads only those rows through the index:
#     one query for a page of zaken instead of one per zaak, and any filter over a key lookup's
#     candidates (the derived indexes) reads only the candidates.
#  4. (scripts/ferretdb-release-tracking.patch) Resource leak tracking only in debug builds. In a
#     release build FerretDB still walked the stack, added a pprof profile entry and set a finalizer
#     for every iterator: 16% of its CPU when reading a page of 100 zaken by `_id` (pprof).
#  5. (scripts/ferretdb-fast-json.patch) The SQLite backend stores documents as JSON and decodes
#     every row it reads with encoding/json: half of FerretDB's CPU on any read, by `_id` or a scan.
#     Decoding (only decoding; what is written is unchanged) goes through github.com/goccy/go-json,
#     a drop-in decoder: FerretDB's own sjson round-trip tests pass, only the wording of errors for
#     corrupt stored JSON differs. 100 zaken by `_id` (`$in`): 73 ms -> 25 ms with 4 and GOGC=400.
set -euo pipefail
VERSION="${FERRETDB_VERSION:-v1.24.2}"
PACKAGE="ferretdb-go-proxy+zgw-id-index+id-in+release-tracking+fast-json"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="$ROOT/.tools/bin/ferretdb"
if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "version: $VERSION" \
    && "$BIN" --version 2>/dev/null | grep -qF "package: $PACKAGE"; then
  exit 0
fi
command -v go >/dev/null || { echo "Go is required to build FerretDB" >&2; exit 1; }
# Say what happens and how long each step took: on a cold machine the build is minutes of silence.
start=$(date +%s)
say() { echo "build-ferretdb: $*"; }
step() { step_name="$1"; step_start=$(date +%s); say "$1 ..."; }
step_done() { say "  done in $(( $(date +%s) - step_start ))s"; }
say "building FerretDB $VERSION into $BIN (once; 1 to 5 minutes on a cold machine, seconds when Go's caches are warm)"
SRC="$ROOT/.tools/src/ferretdb-$VERSION"
if [ -d "$SRC" ]; then
  say "source: $SRC (downloaded before)"
else
  step "download github.com/FerretDB/FerretDB@$VERSION from the Go module proxy"
  MOD=$(cd "$ROOT" && GOFLAGS=-mod=mod go mod download -json "github.com/FerretDB/FerretDB@$VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
  [ -n "$MOD" ] || { echo "could not download FerretDB $VERSION" >&2; exit 1; }
  mkdir -p "$(dirname "$SRC")"
  cp -r "$MOD" "$SRC.tmp"
  chmod -R u+w "$SRC.tmp"
  mv "$SRC.tmp" "$SRC"
  step_done
fi
step "patch the source (version files; the zgw patches: _id lookups, release tracking, JSON decoding)"
echo "$VERSION" > "$SRC/build/version/version.txt"
echo "main" > "$SRC/build/version/branch.txt"
echo "$PACKAGE" > "$SRC/build/version/package.txt"
# the patches (idempotent: sed only changes the unpatched text)
sed -i "s|IDColumn = DefaultColumn + \"->'\\$._id'\"|IDColumn = DefaultColumn + \"->\\\\\"_id\\\\\"\"|" \
  "$SRC/internal/backends/sqlite/metadata/metadata.go"
sed -i 's|case string, types.ObjectID:$|case string, types.ObjectID, types.Binary:|' \
  "$SRC/internal/backends/sqlite/collection.go"
grep -qF 'IDColumn = DefaultColumn + "->\"_id\""' "$SRC/internal/backends/sqlite/metadata/metadata.go" \
  || { echo "FerretDB patch 1 did not apply" >&2; exit 1; }
# (patch 3 replaces both patched switches by one function, so a source with patch 3 passes too)
[ "$(grep -c 'case string, types.ObjectID, types.Binary:' "$SRC/internal/backends/sqlite/collection.go")" = 2 ] \
  || grep -q "func idWhereClause" "$SRC/internal/backends/sqlite/collection.go" \
  || { echo "FerretDB patch 2 did not apply" >&2; exit 1; }
if ! grep -q "func idWhereClause" "$SRC/internal/backends/sqlite/collection.go"; then
  patch -s -p1 -d "$SRC" < "$ROOT/scripts/ferretdb-id-in.patch" || { echo "FerretDB patch 3 did not apply" >&2; exit 1; }
fi
if ! grep -q "zgw patch 4" "$SRC/internal/util/resource/resource.go"; then
  patch -s -p1 -d "$SRC" < "$ROOT/scripts/ferretdb-release-tracking.patch" || { echo "FerretDB patch 4 did not apply" >&2; exit 1; }
fi
if ! grep -q "goccy/go-json" "$SRC/internal/handler/sjson/sjson.go"; then
  patch -s -p1 -d "$SRC" < "$ROOT/scripts/ferretdb-fast-json.patch" || { echo "FerretDB patch 5 did not apply" >&2; exit 1; }
fi
step_done
mkdir -p "$ROOT/.tools/bin"
step "build (go build; the first time it also downloads and compiles FerretDB's dependencies)"
tick="${BUILD_FERRETDB_TICK:-30}"
( while sleep "$tick" >/dev/null 2>&1; do say "  still building ($(( $(date +%s) - step_start ))s)"; done ) &
ticker=$!
trap 'kill "$ticker" 2>/dev/null || true' EXIT
(cd "$SRC" && GOFLAGS=-buildvcs=false CGO_ENABLED=0 go build -trimpath -o "$BIN.tmp" ./cmd/ferretdb)
kill "$ticker" 2>/dev/null || true
wait "$ticker" 2>/dev/null || true
step_done
mv "$BIN.tmp" "$BIN"
say "built FerretDB $VERSION in $(( $(date +%s) - start ))s -> $BIN"
