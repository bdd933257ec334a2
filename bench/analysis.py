"""Throughput of `triage analyze` beside bare mail-parser parsing of the same bytes.

Run in its own process (so that its peak memory is its own) on one core:
`python -m bench.analysis` prints one JSON object of figures.
"""

from __future__ import annotations

import json
import os
import resource
import time

import mailparser

from pipeline.analyze import Analyzer
from pipeline.settings import Settings

from .corpus import other_messages, typical_messages


BATCH = 100  # messages timed at a stretch, each way in turn
ROUNDS = 3


def _seconds(funcs: dict, items: dict, rounds: int = ROUNDS) -> dict:
    """Seconds each function takes over all its items, timed in turn on the same batch of
    messages rather than one after the other over the whole set: a virtual machine's CPU speed
    drifts over the minutes a set takes, and would otherwise favour whichever ran in the faster
    minute. The best of `rounds` rounds (the first also warms caches) for each function."""
    best = {name: float("inf") for name in funcs}
    count = len(next(iter(items.values())))
    for _ in range(rounds):
        spent = dict.fromkeys(funcs, 0.0)
        for start in range(0, count, BATCH):
            for name, func in funcs.items():
                batch = items[name][start:start + BATCH]
                began = time.perf_counter()
                for item in batch:
                    func(item)
                spent[name] += time.perf_counter() - began
        best = {name: min(best[name], spent[name]) for name in funcs}
    return best


def measure(name: str, raws: list[bytes], analyzer: Analyzer) -> dict:
    reports = [analyzer.analyse(raw, "bench") for raw in raws]
    seconds = _seconds(
        {
            "parse": mailparser.parse_from_bytes,
            # issue 2's analysis core alone, then the whole analysis with the classification (issue 3)
            "core": analyzer.unwrap_and_extract,
            "analyse": lambda raw: analyzer.analyse(raw, "bench"),
            "classify": analyzer.classifier.decide,
        },
        {"parse": raws, "core": raws, "analyse": raws, "classify": reports},
    )
    parse_s = seconds["parse"]
    return {
        "set": name,
        "messages": len(raws),
        "megabytes": round(sum(map(len, raws)) / 1e6, 1),
        "mailparser_msg_per_s": round(len(raws) / parse_s, 1),
        "unwrap_extract_over_parsing": round(seconds["core"] / parse_s, 2),
        "analysis_msg_per_s": round(len(raws) / seconds["analyse"], 1),
        "analysis_over_parsing": round(seconds["analyse"] / parse_s, 2),
        "classification_ms_per_msg": round(1000 * seconds["classify"] / len(raws), 3),
    }


def run() -> dict:
    analyzer = Analyzer(Settings())
    typical = [p.read_bytes() for p in typical_messages()]
    other = [p.read_bytes() for p in other_messages()]
    figures = {"sets": [measure("typical reports", typical, analyzer),
                        measure("shared corpora (real-world, malformed)", other, analyzer),
                        measure("all", typical + other, analyzer)]}
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return figures


if __name__ == "__main__":
    # one core, as the target says
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print(json.dumps(run()))
