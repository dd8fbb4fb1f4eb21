"""Celery beat keeps its schedule under the checkout's .data folder (or CELERY_BEAT_SCHEDULE), not in /tmp."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from zgw.core.settings import PROJECT_ROOT, Settings
from zgw.gateway.services import free_port
from zgw.workers.app import beat_schedule_file


def test_schedule_file_is_the_checkouts_data_folder_or_the_setting(tmp_path: Path) -> None:
    assert beat_schedule_file(Settings(celery_beat_schedule="")) == PROJECT_ROOT / ".data" / "celerybeat-schedule"
    assert beat_schedule_file(Settings(celery_beat_schedule=str(tmp_path / "s"))) == tmp_path / "s"


def test_beat_writes_its_schedule_where_configured(tmp_path: Path) -> None:
    schedule = tmp_path / "data" / "beat" / "schedule"  # the folders do not exist yet
    env = {**os.environ, "CELERY_BEAT_SCHEDULE": str(schedule), "ENVIRONMENT": "test",
           "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}  # nothing is due within the test
    proc = subprocess.Popen([sys.executable, "-m", "zgw.gateway.cli", "beat"], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not list(schedule.parent.glob("schedule*")) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGTERM)
        out = proc.communicate(timeout=30)[0].decode(errors="replace")
    # one file or several (schedule.dat, .dir, .bak): that depends on the dbm module Python has
    assert [p.name for p in schedule.parent.glob("schedule*")] != [], out
    assert f"db -> {schedule}" in out
