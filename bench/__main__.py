"""`make bench`: each benchmark runs in its own process and prints figures; nothing is asserted.

Targets (from the issues), printed beside the measures:
- analysis at most 3x the cost of bare mail-parser parsing, at least 200 typical reports/s on one core;
- IMAP ingest under 20 ms per message, worker peak memory under 300 MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

BENCHMARKS = ("bench.analysis", "bench.ingest")
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


def run_benchmark(module: str) -> dict:
    done = subprocess.run([sys.executable, "-m", module], capture_output=True, text=True,
                          env={**os.environ, **ONE_THREAD})
    if done.returncode != 0:
        raise SystemExit(f"{module} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def print_analysis(fig: dict) -> None:
    print("Analysis (unwrap + extract + classify), one core")
    print(f"  {'set':40} {'msgs':>6} {'MB':>6} {'mail-parser/s':>14} {'triage/s':>9} {'ratio':>6} "
          f"{'unwrap+extract ratio':>21} {'classify ms':>12}")
    for s in fig["sets"]:
        print(f"  {s['set']:40} {s['messages']:>6} {s['megabytes']:>6} {s['mailparser_msg_per_s']:>14} "
              f"{s['analysis_msg_per_s']:>9} {s['analysis_over_parsing']:>6} {s['unwrap_extract_over_parsing']:>21} "
              f"{s['classification_ms_per_msg']:>12}")
    print("  ratio: cost of the whole analysis over bare mail-parser parsing of the same bytes")
    print("  targets: ratio <= 3, typical reports >= 200/s")
    print(f"  peak memory: {fig['peak_rss_mb']} MB")


def print_ingest(fig: dict) -> None:
    print("IMAP ingest (Dovecot on loopback, triage run --once)")
    for key, value in fig.items():
        print(f"  {key}: {value}")
    print("  targets: < 20 ms per message, worker peak memory < 300 MB")


def main() -> None:
    print_analysis(run_benchmark("bench.analysis"))
    print()
    print_ingest(run_benchmark("bench.ingest"))


if __name__ == "__main__":
    main()
