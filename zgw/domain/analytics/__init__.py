"""The analytics copy of the zaken: one row per zaak in DuckDB, for `zakenStatistiek` and the export.

The embedded store reads every document for an aggregation (about 30 s per 100,000 zaken), so the
statistics are answered from a columnar copy instead, kept current from the writes:

1. `feed.noted` — every time the zaken index syncs a zaak (after each write under the zaak's lock, and
   by the sweep for a writer that died), its id goes onto the Redis stream `CHANGED`.
2. `feed.pump` — the worker (beat, every ANALYTICS_PUMP_SECONDS) reads those ids, reads the zaken by
   `_id` and appends their rows (or a tombstone) to the Redis stream `ROWS`.
3. `store` — the worker writes immutable DuckDB files ("snapshots"): `rebuild` from MongoDB (streamed,
   in batches) and `compact` (the previous snapshot plus the rows appended since). Redis names the
   current one and the position in `ROWS` it includes.
4. `reader.Reader` — each API process attaches the current snapshot read-only (DuckDB allows any number
   of read-only processes on a file nobody writes) and keeps the rows appended since in memory; every
   query first applies what `ROWS` gained (one Redis read). The query sees the snapshot without the
   zaken of the delta, plus the delta.

Only the worker writes files; a crash anywhere leaves either the old state or a repeatable step: the
pump's cursor moves after its rows are appended (a repeat appends the same rows again), a snapshot is
published after its file is complete, a missing snapshot (a new install, a lost Redis or a lost file)
is rebuilt by the worker. Answers trail the writes by at most the pump interval plus one pump (about two
seconds); a writer killed between its database write and the index sync is caught by the zaken index's
sweep (`ZAKEN_INDEX_SWEEP_SECONDS` after its lock expired).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class Config:
    redis: Any = None
    directory: Path | None = None


config = Config()


def configure(redis: Any, directory: Path | str | None) -> None:
    """Bind the Redis client and the folder of the snapshot files (shared by the worker and the API)."""
    from zgw.domain.analytics import reader

    config.redis = redis
    config.directory = Path(directory) if directory else None
    reader.reset()
