"""An API process's view of the analytics copy: the published snapshot (attached read-only) plus the
rows appended to ROWS since, kept in memory and caught up before every query."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from zgw.domain.analytics import config, feed, store
from zgw.domain.analytics.errors import NotReady
from zgw.domain.analytics.rows import NAMES

CATCH_UP = 5000


@dataclass
class View:
    """One snapshot with its delta; a new snapshot gets a new View (running queries keep theirs)."""

    snapshot: store.Snapshot
    con: duckdb.DuckDBPyConnection
    position: str

    @classmethod
    def open(cls, snapshot: store.Snapshot) -> View:
        con = duckdb.connect(":memory:")
        con.execute(f"ATTACH '{snapshot.path()}' AS snap (READ_ONLY)")
        con.execute(f"CREATE TABLE delta {store.DELTA_DDL}")
        columns = ", ".join(NAMES)
        con.execute(f"CREATE VIEW zaken AS SELECT {columns} FROM snap.zaken s "
                    f"WHERE NOT EXISTS (SELECT 1 FROM delta d WHERE d.id = s.id) "
                    f"UNION ALL SELECT {columns} FROM delta WHERE NOT deleted")
        return cls(snapshot, con, snapshot.position)

    def apply(self, entries: list[tuple[Any, dict[Any, Any]]]) -> None:
        latest, last = feed.parse(entries)
        cur = self.con.cursor()
        try:
            cur.execute("BEGIN")
            store.apply_delta(cur, latest)
            cur.execute("COMMIT")
        finally:
            cur.close()
        self.position = last

    def fetch(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        cur = self.con.cursor()
        try:
            return cur.execute(sql, list(params)).fetchall()
        finally:
            cur.close()

    def close(self) -> None:
        self.con.close()


class Reader:
    def __init__(self) -> None:
        self._view: View | None = None
        self._lock = asyncio.Lock()

    async def view(self) -> View:
        """The current view, caught up with every row appended to ROWS until now."""
        snapshot = await store.current()
        if snapshot is None or not snapshot.path().exists():
            raise NotReady()
        async with self._lock:
            view = self._view
            if view is None or view.snapshot.file != snapshot.file:
                try:
                    view = await asyncio.to_thread(View.open, snapshot)
                except duckdb.IOException:  # removed by a newer snapshot between our reads
                    raise NotReady() from None
            while True:
                entries = await config.redis.xrange(feed.ROWS, min="(" + view.position, count=CATCH_UP)
                if entries:
                    await asyncio.to_thread(view.apply, entries)
                if len(entries) < CATCH_UP:
                    break
            self._view = view
        return view

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        view = await self.view()
        return await asyncio.to_thread(view.fetch, sql, params)


_reader = Reader()


def get() -> Reader:
    return _reader


def reset() -> None:
    """Forget the process's view (tests: a new Redis or directory)."""
    global _reader
    _reader = Reader()
