"""The connection every part of the store shares: opening, migrations, transactions, meta.

SQLite in WAL mode so that the web app reads while the worker writes; foreign keys on;
a busy timeout so that a reader or a second writer waits instead of failing. Writes go
through `transaction()` (BEGIN IMMEDIATE: the write lock is taken up front, so two writers
never deadlock half-way). The mixins (reports, campaigns, review) only use `self.db`,
`self.transaction()` and `utc_now()`; no SQL lives outside this package.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

BUSY_TIMEOUT_MS = 30_000


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class StoreError(RuntimeError):
    """The database cannot be opened or migrated (says which file and why)."""


def _migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of pipeline/store/migrations/NNNN_name.sql, in order."""
    folder = resources.files(__package__).joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        stem, _, ext = entry.name.partition(".")
        number, _, name = stem.partition("_")
        if ext == "sql" and number.isdigit():
            found.append((int(number), name, entry.read_text("utf-8")))
    return sorted(found)


class StoreBase:
    def __init__(self, db: sqlite3.Connection, path: Path | None):
        self.db = db
        self.path = path
        self._lock = threading.RLock()  # one connection may be shared by the scheduler's threads

    @classmethod
    def open(cls, path: str | Path):
        """Open (creating it and its folder if needed) and migrate the database at `path`."""
        path = Path(path)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
            db.row_factory = sqlite3.Row
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")  # durable across process crashes in WAL mode
            db.execute("PRAGMA foreign_keys = ON")
            store = cls(db, path)
            store._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the database: {exc}") from None
        return store

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self):
        """One atomic write: committed on success, rolled back on any exception."""
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def _migrate(self) -> None:
        schema = resources.files(__package__).joinpath("schema.sql").read_text("utf-8")
        with self._lock:
            self.db.executescript(schema)  # idempotent: CREATE ... IF NOT EXISTS
            with self.transaction():
                # schema.sql is version 1; migrations are numbered from 0002
                version = int(self.meta_get("schema_version") or 1)
                for number, name, sql in _migrations():
                    if number > version:
                        for statement in (s for s in sql.split(";") if s.strip()):
                            self.db.execute(statement)
                        version = number
                self._meta_set(self.db, "schema_version", str(version))

    @property
    def schema_version(self) -> int:
        return int(self.meta_get("schema_version") or 0)

    def meta_get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def meta_set(self, key: str, value: str) -> None:
        with self.transaction() as db:
            self._meta_set(db, key, value)

    @staticmethod
    def _meta_set(db, key: str, value: str) -> None:
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))
