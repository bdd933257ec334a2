"""`triage run --once`, `triage worker`, `triage status`: the mailbox worker's commands."""

from __future__ import annotations

import json
import sys
import threading

from ..poll import Poller, PollResult
from ..settings import load_settings
from ..source import LoginRefused, SourceError, SourceUnavailable, open_source
from ..store import Store
from ..textutil import defang
from ..worker import EXIT_CONFIG, EXIT_LOCKED, EXIT_LOGIN_REFUSED, AlreadyRunning, Worker, exclusive_lock, stop_on_signals

EXIT_UNAVAILABLE = 1


def register(sub) -> None:
    p = sub.add_parser("run", help="poll the reporting mailbox once and file what arrived")
    p.add_argument("--once", action="store_true", required=True, help="one poll, then exit (for cron, timers, tests)")
    p.add_argument("--config", metavar="FILE", help="settings file (default: the embedded defaults)")
    p.set_defaults(handler=run_once)

    p = sub.add_parser("worker", help="the long-running worker: scheduled polls, retention, daily digest")
    p.add_argument("--config", metavar="FILE", required=True, help="settings file")
    p.set_defaults(handler=run_worker)

    p = sub.add_parser("status", help="last poll, messages waiting, reports by state and verdict, failures")
    p.add_argument("--config", metavar="FILE", help="settings file (default: the embedded defaults)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=status)


def _clip(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _where(line) -> str:
    where = line.where
    if ";UID=" in where:
        return "UID " + where.rpartition("=")[2]
    return where.partition(":")[2].rpartition("/")[2] if "/" in where else where


COLUMNS = (("Message", 22), ("Verdict", 10), ("Conf.", 5), ("Expéditeur", 40), ("Organisme", 24), ("Objet", 40))


def summary_table(result: PollResult) -> str:
    """One line per message handled, then the totals (what `triage run --once` prints)."""
    rows = [" ".join(f"{name:<{width}}" for name, width in COLUMNS).rstrip()]
    for line in result.lines:
        if line.status == "filed":
            cells = (_where(line), line.verdict, f"{line.confidence:.0%}", defang(line.sender or "inconnu"),
                     line.organisation or "", defang(line.subject or "(sans objet)"))
        elif line.status == "duplicate":
            cells = (_where(line), "doublon", "", "", "", "déjà classé (même message, même boîte)")
        else:
            cells = (_where(line), "ÉCHEC", "", "", "", line.error or "")
        rows.append(" ".join(f"{_clip(c, w):<{w}}" for c, (_, w) in zip(cells, COLUMNS)).rstrip())
    t = result.totals()
    rows.append(
        f"{t['filed']} signalement(s) classé(s), {t['failed']} en échec, {t['duplicate']} doublon(s)"
        + (f", {t['marked_late']} déjà classé(s) rangé(s)" if t["marked_late"] else "")
        + (f", {t['reconnects']} reconnexion(s)" if t["reconnects"] else "")
        + (" — arrêt demandé, le reste attend la prochaine relève" if result.stopped else "")
    )
    return "\n".join(rows)


def run_once(args) -> int:
    settings = load_settings(args.config)
    database = settings.path(settings.storage.database)
    stop = threading.Event()
    try:
        with exclusive_lock(database), Store.open(database) as store, stop_on_signals(stop):
            result = Poller(settings, store, stop=stop).poll()
    except AlreadyRunning as exc:
        print(f"triage run: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except LoginRefused as exc:
        print(f"triage run: {exc}", file=sys.stderr)
        return EXIT_LOGIN_REFUSED
    except SourceError as exc:
        print(f"triage run: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except SourceUnavailable as exc:
        print(f"triage run: mailbox unreachable, nothing lost, try again later: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    print(summary_table(result))
    return 0


def run_worker(args) -> int:
    settings = load_settings(args.config)
    try:
        worker = Worker(settings)
        status_code = worker.run()
    except AlreadyRunning as exc:
        print(f"triage worker: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    if worker.fatal:
        print(f"triage worker: {worker.fatal}", file=sys.stderr)
    return status_code


def waiting_messages(settings, store) -> tuple[int | None, str | None]:
    """(messages waiting at the source, None) or (None, why it could not be asked)."""
    try:
        with open_source(settings) as source:
            pending = source.pending(store)
        return len(pending.new) + len(pending.unfinished), None
    except (SourceError, SourceUnavailable) as exc:
        return None, str(exc)


def status(args) -> int:
    settings = load_settings(args.config)
    with Store.open(settings.path(settings.storage.database)) as store:
        waiting, why = waiting_messages(settings, store)
        counts = store.counts()
        failures = store.deliveries(status="failed", limit=10)
        info = {
            "database": str(store.path),
            "last_poll_at": store.meta_get("last_poll_at"),
            "last_poll_result": json.loads(store.meta_get("last_poll_result") or "null"),
            "last_poll_error": store.meta_get("last_poll_error") or None,
            "waiting": waiting,
            "waiting_unknown_because": why,
            **counts,
            "recent_failures": [
                {"delivery": d.id, "received_at": d.received_at, "where": str(d.key), "error": d.error} for d in failures
            ],
        }
    if args.format == "json":
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(f"Base : {info['database']}")
    print(f"Dernière relève : {info['last_poll_at'] or 'jamais'}"
          + (f" ({_totals_text(info['last_poll_result'])})" if info["last_poll_result"] else ""))
    if info["last_poll_error"]:
        print(f"Dernière erreur : {info['last_poll_error']}")
    print(f"En attente dans la boîte : {waiting if waiting is not None else 'inconnu (' + why + ')'}")
    print("Signalements par état : " + _counts_text(counts["reports_by_state"]))
    print("Signalements par verdict : " + _counts_text(counts["reports_by_verdict"]))
    print(f"À revoir (nouveaux, verdict incertain) : {counts['needs_review']}")
    print(f"Échecs : {counts['deliveries_by_status'].get('failed', 0)}")
    for d in info["recent_failures"]:
        print(f"  #{d['delivery']} {d['received_at']} {d['where']}: {d['error']}")
    return 0


def _counts_text(counts: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "aucun"


def _totals_text(totals: dict) -> str:
    return f"{totals['filed']} classé(s), {totals['failed']} échec(s), {totals['duplicate']} doublon(s)"
