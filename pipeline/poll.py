"""One poll of the reporting mailbox: source -> analyse -> store -> mark at the source.

For each new message: analyse it (within limits.max_seconds), commit the raw bytes and the
report in one transaction, call the `on_filed` hooks, and only then — once per batch —
move or flag it at the source. A message that cannot be analysed (exception, time limit,
larger than limits.max_message_bytes) is stored raw as failed with the reason and moved
aside like any other; it never stops the next ones. Network trouble: reconnect with
exponential backoff and start the pass again — what was committed is only marked, never
filed twice. A refused login or a misconfigured source stops the poll with one clear line.
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import importlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .analyze import AnalysisTimeout, Analyzer
from .report import Report
from .settings import Settings
from .source import Incoming, Outcome, Source, SourceUnavailable, batches, open_source
from .store import Store, utc_now

log = logging.getLogger("triage.poll")

# (store, report_id, report, raw bytes) -> None, called after the report is committed
Hook = Callable[[Store, int, Report, bytes], None]

FETCH_BYTES_PER_BATCH = 64 * 1024 * 1024  # bytes asked in one round trip, besides mailbox.batch_size
FIRST_RETRY_SECONDS = 1.0
MAX_ERROR_CHARS = 500
ANALYSING = "analysing"  # meta key: the message being analysed, and how many times it was tried
MAX_ATTEMPTS = 2
# past limits.max_seconds * WATCHDOG_FACTOR + WATCHDOG_GRACE_SECONDS the process exits
WATCHDOG_FACTOR, WATCHDOG_GRACE_SECONDS = 3, 30
EXIT_HUNG = 70
# modules offering `on_filed_hooks(settings) -> list[Hook]` (campaign assignment, the
# acknowledgement to the doctor), imported when a poll needs them (they import the store)
HOOK_MODULES = ("pipeline.campaigns", "pipeline.acknowledge")


@dataclass
class FiledLine:
    """One line of `triage run --once`'s table."""

    delivery_id: int
    report_id: int | None
    where: str  # the message's place in the source
    status: str  # filed | failed | duplicate
    verdict: str | None = None
    confidence: float | None = None
    sender: str | None = None
    organisation: str | None = None
    subject: str | None = None
    error: str | None = None


@dataclass
class PollResult:
    started_at: str
    finished_at: str | None = None
    lines: list[FiledLine] = field(default_factory=list)
    marked_late: int = 0  # filed by an earlier run that stopped before marking them
    reconnects: int = 0
    stopped: bool = False  # a stop was asked: the rest waits for the next poll

    def count(self, status: str) -> int:
        return sum(1 for line in self.lines if line.status == status)

    def totals(self) -> dict:
        return {s: self.count(s) for s in ("filed", "failed", "duplicate")} | {
            "marked_late": self.marked_late,
            "reconnects": self.reconnects,
        }


def _hung(where: str) -> None:
    """The analysis ignored its time limit (stuck in a library call): the only safe way out
    of a stuck thread is to end the process. Nothing is lost — the message was not
    committed and stays at the source; systemd restarts the worker, and after
    MAX_ATTEMPTS the message is filed as failed without being analysed again."""
    log.critical("event=analysis_hung where=%s action=exit status=%d", where, EXIT_HUNG)
    logging.shutdown()
    os._exit(EXIT_HUNG)


def header_message_id(raw: bytes) -> str | None:
    """The Message-ID header as written, read from the headers only (cheap; works on mail
    the analysis could not handle)."""
    head = raw[: raw.find(b"\r\n\r\n") if b"\r\n\r\n" in raw[:65536] else 65536]
    try:
        value = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head).get("Message-ID")
    except Exception:  # headers too broken to parse: the SHA-256 still identifies the message
        return None
    return " ".join(str(value).split())[:998] if value else None


def filed_hooks(settings: Settings) -> list[Hook]:
    return [hook for name in HOOK_MODULES for hook in importlib.import_module(name).on_filed_hooks(settings)]


def _short(exc: BaseException) -> str:
    text = f"{exc.__class__.__name__}: {exc}"
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


class Poller:
    """Polls one source into one store. Built once (the analyser loads rules and model);
    `poll()` may be called again and again (the worker's job)."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        analyzer: Analyzer | None = None,
        hooks: list[Hook] | None = None,
        stop: threading.Event | None = None,
        source: Source | None = None,
    ):
        self.settings = settings
        self.store = store
        self.analyzer = analyzer or Analyzer(settings)
        self.hooks = filed_hooks(settings) if hooks is None else hooks
        self.stop = stop or threading.Event()
        self.source = source or open_source(settings)

    def poll(self) -> PollResult:
        result = PollResult(started_at=utc_now())
        box = self.settings.mailbox
        attempt = 0
        try:
            while True:
                try:
                    with self.source:
                        self._pass(self.source, result)
                    break
                except SourceUnavailable as exc:
                    attempt += 1
                    if attempt > box.reconnect_attempts or self.stop.is_set():
                        log.error("event=poll_abandoned attempts=%d error=%s", attempt, exc)
                        raise
                    delay = min(FIRST_RETRY_SECONDS * 2 ** (attempt - 1), box.reconnect_max_seconds)
                    result.reconnects += 1
                    log.warning("event=source_unavailable attempt=%d retry_in=%.0fs error=%s", attempt, delay, exc)
                    self.stop.wait(delay)
        except Exception as exc:
            self.store.meta_set("last_poll_error", f"{utc_now()} {_short(exc)}")
            raise
        finally:
            result.finished_at = utc_now()
            self.store.meta_set("last_poll_at", result.finished_at)
            self.store.meta_set("last_poll_result", json.dumps(result.totals()))
        self.store.meta_set("last_poll_error", "")
        log.info("event=poll_done %s", " ".join(f"{k}={v}" for k, v in result.totals().items()))
        return result

    def _pass(self, source: Source, result: PollResult) -> None:
        pending = source.pending(self.store)
        if pending.unfinished:
            outcomes = [Outcome(item, d.id, d.status == "failed") for item, d in pending.unfinished]
            self.store.mark_done(source.finish(outcomes))
            result.marked_late += len(outcomes)
            log.info("event=marked_late count=%d", len(outcomes))
        log.info("event=poll_listed mailbox=%s new=%d", source.mailbox, len(pending.new))
        size = self.settings.mailbox.batch_size
        for batch in batches(pending.new, size, FETCH_BYTES_PER_BATCH):
            if self.stop.is_set():
                break
            outcomes = []
            for incoming in source.fetch(batch):
                outcomes.append(self._file(incoming, result))
                if self.stop.is_set():
                    break
            # if anything above fails, what this batch committed is marked by the next
            # pass, which finds it in the store
            if outcomes:
                self.store.mark_done(source.finish(outcomes))
        result.stopped = self.stop.is_set()

    def _file(self, incoming: Incoming, result: PollResult) -> Outcome:
        item, raw = incoming.item, incoming.raw
        where = str(item.key)
        sha256 = hashlib.sha256(raw).hexdigest()
        report, error = None, None
        started = time.monotonic()
        if incoming.truncated:
            error = (
                f"message of {item.size} bytes is larger than limits.max_message_bytes "
                f"({self.settings.limits.max_message_bytes}): the first bytes are stored, the whole message stays at the source"
            )
        else:
            report, error = self._analyse(raw, where, sha256)
        filed = self.store.file_delivery(
            item.key,
            raw,
            sha256=sha256,
            size=item.size,
            message_id=header_message_id(raw),
            report=report,
            error=error,
            truncated=incoming.truncated,
        )
        self.store.meta_set(ANALYSING, "")
        elapsed_ms = (time.monotonic() - started) * 1000
        line = FiledLine(filed.delivery_id, filed.report_id, where, filed.status, error=error if filed.status == "failed" else None)
        if filed.status == "filed" and report is not None:
            original = report.originals[0] if report.originals else None
            line.verdict, line.confidence = report.verdict, report.confidence
            line.sender = original.sender.address or original.sender.name if original else None
            line.subject = (original.subject if original else None) or report.subject
            line.organisation = report.indicators.organisations[0].name if report.indicators.organisations else None
        if filed.status == "failed":
            log.warning("event=failed where=%s delivery=%d size=%d error=%r", where, filed.delivery_id, item.size, error)
        else:
            log.info(
                "event=%s where=%s delivery=%d report=%s size=%d verdict=%s ms=%.0f",
                filed.status, where, filed.delivery_id, filed.report_id, item.size, line.verdict, elapsed_ms,
            )
        result.lines.append(line)
        if filed.new and filed.status == "filed":
            self._run_hooks(filed, report, raw)
        return Outcome(item, filed.delivery_id, filed.status == "failed")

    def _analyse(self, raw: bytes, where: str, sha256: str) -> tuple[Report | None, str | None]:
        """The report, or why there is none. A message whose analysis never finished in
        earlier runs (the process hung and was killed, or crashed) is not tried forever:
        after MAX_ATTEMPTS it is filed as failed, so that it never blocks the mailbox."""
        marker = json.loads(self.store.meta_get(ANALYSING) or "{}")
        attempts = marker.get("attempts", 0) + 1 if marker.get("sha256") == sha256 and marker.get("where") == where else 1
        if attempts > MAX_ATTEMPTS:
            return None, f"analysis never finished in {MAX_ATTEMPTS} earlier attempts (the worker was killed or crashed during it)"
        self.store.meta_set(ANALYSING, json.dumps({"where": where, "sha256": sha256, "attempts": attempts}))
        watchdog = threading.Timer(self.settings.limits.max_seconds * WATCHDOG_FACTOR + WATCHDOG_GRACE_SECONDS, _hung, (where,))
        watchdog.daemon = True
        watchdog.start()
        try:
            return self.analyzer.analyse(raw, where), None
        except AnalysisTimeout as exc:
            return None, _short(exc)
        except Exception as exc:  # any analysis failure: filed as failed, the next message goes on
            log.debug("event=analysis_crash where=%s", where, exc_info=True)
            return None, _short(exc)
        finally:
            watchdog.cancel()

    def _run_hooks(self, filed, report: Report, raw: bytes) -> None:
        for hook in self.hooks:
            try:
                hook(self.store, filed.report_id, report, raw)
            except Exception as exc:  # a hook never undoes the filing
                name = getattr(hook, "__qualname__", repr(hook))
                log.error("event=hook_failed hook=%s report=%d error=%s", name, filed.report_id, _short(exc))
                self.store.log("hook_failed", f"{name}: {_short(exc)}", filed.delivery_id)


def run_once(settings: Settings, store: Store, **kwargs) -> PollResult:
    """One poll (`triage run --once`)."""
    return Poller(settings, store, **kwargs).poll()
