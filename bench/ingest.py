"""IMAP ingest benchmark: 1,000 varied reports APPENDed to a throwaway Dovecot on loopback,
then one `triage run --once` poll (the same code, in a child process so that its peak
memory is the worker's alone). Checks that every message was filed exactly once and
moved, and prints the figures (the last stdout line is JSON for `make bench`):
time per message of the poll (batched fetches, analysis, commit, move, campaign and
acknowledgement hooks), wall and the worker's CPU, the start-up time (rules and model
loading), the child's peak memory (ru_maxrss) and its memory once loaded.

Targets (issue 4): < 20 ms per message on two cores, peak memory < 300 MB.

    python -m bench.ingest [COUNT]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import ROOT, SHARED, typical_messages

sys.path.insert(0, str(ROOT / "tests"))
from services.dovecot import dovecot_server  # noqa: E402  (the tests' throwaway Dovecot)

COUNT = 1000
APPEND_CHUNK = 100

CHILD = """
import json, resource, sys, time
from pipeline.cli.worker import summary_table
from pipeline.poll import Poller
from pipeline.settings import load_settings
from pipeline.store import Store
settings = load_settings(sys.argv[1])
store = Store.open(settings.path(settings.storage.database))
started = time.perf_counter()
poller = Poller(settings, store)
loaded, loaded_cpu = time.perf_counter(), time.process_time()
rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
result = poller.poll()
done, done_cpu = time.perf_counter(), time.process_time()
summary_table(result)
print(json.dumps({
    "startup_s": loaded - started, "poll_s": done - loaded, "poll_cpu_s": done_cpu - loaded_cpu,
    "totals": result.totals(), "rss_after_startup_mb": rss_loaded,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def varied_reports(count: int) -> list[bytes]:
    """`count` distinct messages: the training corpus, the unseen set, the samples and the
    test fixtures (reports as the council receives them), real phishing and French forward
    chains from ../shared/corpora, a few malformed ones. Each copy gets its own Received
    line, as two deliveries of the same text would."""
    sources = typical_messages() + sorted((ROOT / "tests" / "fixtures").rglob("*.eml"))
    sources += sorted((SHARED / "phishing_pot" / "eml").glob("*.eml"))[:150]
    sources += sorted((SHARED / "email-origin-chain-fr").rglob("*.eml"))
    sources += sorted((SHARED / "mail-parser" / "mails").glob("mail_malformed_*"))
    texts = [p.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") for p in sources if p.is_file()]
    if not texts:
        raise SystemExit("no messages found for the benchmark")
    step = max(1, len(texts) // count)
    picked = (texts[::step] * (count // len(texts[::step]) + 1))[:count]
    made = []
    for i, raw in enumerate(picked):
        received = f"Received: from mx{i % 7}.cdom-exemple.fr by imap.cdom-exemple.fr id bench{i:05d}; Mon, 16 Nov 2026 08:00:00 +0100\r\n"
        made.append(received.encode() + raw)
    return made


def run(count: int = COUNT) -> dict:
    messages = varied_reports(count)
    with tempfile.TemporaryDirectory(prefix="triage-bench-") as tmp, dovecot_server() as server:
        tmp = Path(tmp)
        started = time.perf_counter()
        with server.session() as client:
            for i in range(0, len(messages), APPEND_CHUNK):
                client.multiappend("INBOX", messages[i : i + APPEND_CHUNK])
        append_s = time.perf_counter() - started
        box = server.mailbox_settings()
        config = tmp / "settings.toml"
        config.write_text(
            "[mailbox]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in box.items())
            + f"[storage]\ndatabase = {json.dumps(str(tmp / 'triage.db'))}\n"
            + f"[digest]\noutput_dir = {json.dumps(str(tmp / 'digests'))}\n"
        )
        done = subprocess.run([sys.executable, "-c", CHILD, str(config)], capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            raise SystemExit(f"the ingest failed:\n{done.stderr[-3000:]}")
        child = json.loads(done.stdout.strip().splitlines()[-1])
        left_in_inbox = server.count("INBOX")
        moved = server.count("Traites") + server.count("Echecs")
        import sqlite3

        with sqlite3.connect(tmp / "triage.db") as db:
            deliveries = db.execute("SELECT COUNT(*), COUNT(DISTINCT uid) FROM deliveries").fetchone()
            reports = db.execute("SELECT COUNT(*), COUNT(DISTINCT delivery_id) FROM reports").fetchone()
            failed = db.execute("SELECT COUNT(*) FROM deliveries WHERE status = 'failed'").fetchone()[0]
    totals = child["totals"]
    exactly_once = (
        deliveries == (count, count) and reports[0] == reports[1] == count - failed
        and left_in_inbox == 0 and moved == count and totals["filed"] + totals["failed"] == count
    )
    return {
        "messages": count,
        "filed": totals["filed"],
        "failed": totals["failed"],
        "all_filed_exactly_once_and_moved": exactly_once,
        "ms_per_message": round(child["poll_s"] * 1000 / count, 2),
        # the worker's own CPU time: the wall time above also counts Dovecot's work and any
        # other load on the machine
        "cpu_ms_per_message": round(child["poll_cpu_s"] * 1000 / count, 2),
        "poll_seconds": round(child["poll_s"], 2),
        "startup_seconds": round(child["startup_s"], 2),
        "peak_rss_mb": round(child["peak_rss_mb"], 1),
        "rss_after_startup_mb": round(child["rss_after_startup_mb"], 1),  # rules, model, libraries loaded
        "append_seconds": round(append_s, 2),
    }


if __name__ == "__main__":
    figures = run(int(sys.argv[1]) if len(sys.argv) > 1 else COUNT)
    for key, value in figures.items():
        print(f"{key}: {value}", file=sys.stderr)
    print(json.dumps(figures))
