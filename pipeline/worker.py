"""The long-running worker (`triage worker`): APScheduler 3 jobs over one store.

- poll: every schedule.poll_minutes (with jitter), one at a time, missed runs coalesced;
  also at start-up;
- retention: daily at schedule.purge_time, `Store.purge(storage.retention_days)`;
- digest: `pipeline.digest.run_scheduled(settings, store, now)` daily at
  schedule.digest_time in schedule.timezone, and once at start-up (it sends a digest
  missed while the machine was off, once).
A lock file next to the database (fcntl) keeps two workers, or a worker and
`triage run --once`, from ever running at the same time. SIGTERM / SIGINT: the current
message is finished and marked, then the worker stops.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib
import logging
import os
import signal
import threading
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from .poll import Poller
from .settings import Settings
from .source import LoginRefused, SourceError, SourceUnavailable
from .store import Store

log = logging.getLogger("triage.worker")
# APScheduler's "Running job..." lines would double each event of ours; its warnings
# (a missed run, a job still running) stay
logging.getLogger("apscheduler").setLevel(logging.WARNING)

EXIT_OK, EXIT_CONFIG, EXIT_LOGIN_REFUSED, EXIT_LOCKED = 0, 2, 3, 4


class AlreadyRunning(RuntimeError):
    """Another worker or `triage run` holds the lock."""


@contextlib.contextmanager
def exclusive_lock(database: Path):
    """Held for as long as this process works on `database` (`<database>.lock`)."""
    path = Path(str(database) + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise AlreadyRunning(f"another triage worker or run is using {database} (lock {path})") from None
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event, also=None):
    """SIGTERM and SIGINT set `stop` (and call `also`); the previous handlers come back after."""

    def handler(signum, frame):
        log.info("event=stop_requested signal=%s", signal.Signals(signum).name)
        stop.set()
        if also is not None:
            also()

    previous = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)


def digest_job():
    """`pipeline.digest.run_scheduled`, or None while the digest (issue 5) is not built."""
    try:
        module = importlib.import_module("pipeline.digest")
    except ModuleNotFoundError as exc:
        if exc.name != "pipeline.digest":
            raise
        return None
    return getattr(module, "run_scheduled", None)


class Worker:
    def __init__(self, settings: Settings, *, poller: Poller | None = None):
        self.settings = settings
        self.database = settings.path(settings.storage.database)
        self.stop = threading.Event()
        self.store = Store.open(self.database)
        self.poller = poller or Poller(settings, self.store, stop=self.stop)
        self.poller.stop = self.stop
        self.fatal: str | None = None
        self.exit_status = EXIT_OK
        self.scheduler = None

    def poll(self) -> None:
        try:
            self.poller.poll()
        except LoginRefused as exc:
            self._fail(EXIT_LOGIN_REFUSED, str(exc))
        except SourceError as exc:
            self._fail(EXIT_CONFIG, str(exc))
        except SourceUnavailable as exc:
            log.error("event=poll_failed reason=unavailable error=%s (next poll as scheduled)", exc)
        except Exception:
            log.exception("event=poll_failed reason=unexpected (next poll as scheduled)")

    def purge(self) -> None:
        try:
            with Store.open(self.database) as store:
                count = store.purge(self.settings.storage.retention_days)
        except Exception as exc:  # logged on one line; tried again tomorrow
            log.error("event=purge_failed error=%s: %s", exc.__class__.__name__, exc)
            return
        log.info("event=purge deliveries=%d retention_days=%d", count, self.settings.storage.retention_days)

    def digest(self) -> None:
        run_scheduled = digest_job()
        now = datetime.now(ZoneInfo(self.settings.schedule.timezone))
        try:
            with Store.open(self.database) as store:
                days = run_scheduled(self.settings, store, now)
        except Exception as exc:  # e.g. SMTP down: the digest job sends the missed day next time
            log.error("event=digest_failed error=%s: %s", exc.__class__.__name__, exc)
            return
        log.info("event=digest_done days=%s", ",".join(str(d) for d in days or []) or "none")

    def _fail(self, status: int, message: str) -> None:
        log.error("event=worker_stopping reason=%r", message)
        self.fatal, self.exit_status = message, status
        self.stop.set()
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)

    def build_scheduler(self):
        from apscheduler.schedulers.blocking import BlockingScheduler
        from apscheduler.triggers.cron import CronTrigger
        from apscheduler.triggers.interval import IntervalTrigger

        schedule = self.settings.schedule
        tz = ZoneInfo(schedule.timezone)
        scheduler = BlockingScheduler(
            timezone=tz,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        )
        now = datetime.now(tz)
        scheduler.add_job(
            self.poll, IntervalTrigger(minutes=schedule.poll_minutes, jitter=schedule.jitter_seconds or None, timezone=tz),
            id="poll", name="poll the mailbox", next_run_time=now, coalesce=True, max_instances=1,
        )
        hour, minute = (int(x) for x in schedule.purge_time.split(":"))
        scheduler.add_job(self.purge, CronTrigger(hour=hour, minute=minute, timezone=tz), id="retention", name="retention purge")
        if digest_job() is not None:
            hour, minute = (int(x) for x in schedule.digest_time.split(":"))
            scheduler.add_job(
                self.digest, CronTrigger(hour=hour, minute=minute, timezone=tz), id="digest", name="daily digest",
                next_run_time=now,  # a digest missed while the worker was down goes out now, once
            )
        else:
            log.warning("event=digest_unavailable reason='pipeline.digest.run_scheduled not installed'")
        self.scheduler = scheduler
        return scheduler

    def run(self) -> int:
        """Runs until SIGTERM / SIGINT or a fatal error (login refused, bad source)."""
        with exclusive_lock(self.database):
            scheduler = self.build_scheduler()
            log.info(
                "event=worker_started pid=%d database=%s mailbox=%s poll_minutes=%d",
                os.getpid(), self.database, self.poller.source.mailbox, self.settings.schedule.poll_minutes,
            )
            with stop_on_signals(self.stop, also=lambda: scheduler.shutdown(wait=True)):
                scheduler.start()
            self.store.close()
        log.info("event=worker_stopped status=%d", self.exit_status)
        return self.exit_status
