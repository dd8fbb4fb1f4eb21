"""`zgw dev` (make run): a taken API port and a process that dies are failures, with a clear message."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from zgw.gateway import launcher, services


@pytest.fixture
def occupied() -> Iterator[int]:
    """A port on which another program listens (a real socket)."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield int(other.getsockname()[1])


def test_port_is_free(occupied: int) -> None:
    assert launcher.port_is_free(occupied) is False
    assert launcher.port_is_free(services.free_port()) is True


def test_taken_api_port_fails_before_anything_starts(occupied: int, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    def must_not_start(*args: object, **kwargs: object) -> None:
        raise AssertionError("started the dev stack although the API port is taken")

    monkeypatch.setattr(launcher, "_run_dev", must_not_start, raising=False)
    monkeypatch.setattr(services, "local_services", must_not_start)
    spare = next(p for p in range(occupied + 1, occupied + 100) if launcher.port_is_free(p))

    assert launcher.run_dev(port=occupied) == 1

    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == (
        f"Port {occupied} on 127.0.0.1 is already in use by another program (a `make run` in another terminal?),"
        f" so the API cannot listen there.\n"
        f"  Which program: ss -ltnp 'sport = :{occupied}'\n"
        f"  Stop that program, or start on another port: make run PORT={spare}  "
        f"(or .venv/bin/zgw dev --port {spare}).\n")


def _child(code: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", code], start_new_session=True)


def test_a_process_that_ends_by_itself_is_a_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    procs = {"api": _child("import time; time.sleep(30)"), "worker": _child("import sys; sys.exit(3)")}
    try:
        assert launcher.supervise(procs, tmp_path, {"now": False}) == 1
    finally:
        procs["api"].kill()
        procs["api"].wait()
    assert capsys.readouterr().out == f"worker stopped (exit 3); see {tmp_path / 'worker.log'}\n"


def test_ctrl_c_is_a_clean_stop(tmp_path: Path) -> None:
    procs = {"api": _child("import time; time.sleep(30)")}
    try:
        assert launcher.supervise(procs, tmp_path, {"now": True}) == 0
    finally:
        procs["api"].kill()
        procs["api"].wait()
