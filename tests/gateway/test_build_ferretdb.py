"""scripts/build-ferretdb.sh says what it does, step by step with timings (a cold build takes minutes).

Runs the real script on a scratch copy: the real download (from Go's module cache, no network) and
the real patches; only `go build` is replaced by a stand-in that takes a few seconds.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from zgw.core.settings import PROJECT_ROOT

pytestmark = pytest.mark.ferretdb

FAKE_GO = """#!/usr/bin/env bash
if [ "$1" = build ]; then
  while [ "$1" != -o ]; do shift; done
  sleep 2.5
  printf 'not a ferretdb\\n' > "$2"
  exit 0
fi
exec {go} "$@"
"""


def test_build_script_prints_each_step_with_its_timing(tmp_path: Path) -> None:
    go = shutil.which("go")
    if go is None:
        pytest.skip("Go is not installed")
    root = tmp_path / "checkout"
    shutil.copytree(PROJECT_ROOT / "scripts", root / "scripts")
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "go").write_text(FAKE_GO.format(go=go))
    (tmp_path / "bin" / "go").chmod(0o755)
    env = {**os.environ, "PATH": f"{tmp_path / 'bin'}:{os.environ['PATH']}", "GOPROXY": "off",
           "BUILD_FERRETDB_TICK": "1"}
    env.pop("FERRETDB_VERSION", None)

    result = subprocess.run([str(root / "scripts" / "build-ferretdb.sh")], env=env, capture_output=True, text=True,
                            timeout=120, check=False)

    assert (result.returncode, result.stderr) == (0, "")
    lines = [re.sub(r"\b\d+s\b", "Ns", line) for line in result.stdout.splitlines()]
    ticks = [line for line in lines if line == "build-ferretdb:   still building (Ns)"]
    assert len(ticks) >= 1  # the stand-in build takes 2.5 s, the ticker says something every second
    bin_ = root / ".tools" / "bin" / "ferretdb"
    assert [line for line in lines if line not in ticks] == [
        f"build-ferretdb: building FerretDB v1.24.2 into {bin_} (once; 1 to 5 minutes on a cold machine,"
        f" seconds when Go's caches are warm)",
        "build-ferretdb: download github.com/FerretDB/FerretDB@v1.24.2 from the Go module proxy ...",
        "build-ferretdb:   done in Ns",
        "build-ferretdb: patch the source (version files; the zgw patches: _id lookups, release tracking,"
        " JSON decoding) ...",
        "build-ferretdb:   done in Ns",
        "build-ferretdb: build (go build; the first time it also downloads and compiles FerretDB's dependencies) ...",
        "build-ferretdb:   done in Ns",
        f"build-ferretdb: built FerretDB v1.24.2 in Ns -> {bin_}",
    ]
    assert bin_.read_text() == "not a ferretdb\n"
    src = root / ".tools" / "src" / "ferretdb-v1.24.2"
    assert (src / "build" / "version" / "version.txt").read_text() == "v1.24.2\n"
    metadata = (src / "internal" / "backends" / "sqlite" / "metadata" / "metadata.go").read_text()
    assert 'IDColumn = DefaultColumn + "->\\"_id\\""' in metadata  # patch 1
