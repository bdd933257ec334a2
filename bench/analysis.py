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

from pipeline.analyze import Analyzer, Budget
from pipeline.extract import extract
from pipeline.unwrap import unwrap
from pipeline.settings import Settings

from .corpus import other_messages, typical_messages


def _rate(func, messages: list[bytes], repeat: int = 2) -> float:
    """Best-of-`repeat` seconds for func over all messages (the first pass also warms caches)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for raw in messages:
            func(raw)
        best = min(best, time.perf_counter() - start)
    return best


def measure(name: str, raws: list[bytes], analyzer: Analyzer) -> dict:
    parse_s = _rate(mailparser.parse_from_bytes, raws)
    # issue 2's analysis core alone, then the whole analysis with the classification (issue 3)
    core_s = _rate(lambda raw: extract(unwrap(raw, Budget.start(analyzer.limits), analyzer.own_addresses),
                                       analyzer.gazetteer, Budget.start(analyzer.limits)), raws)
    analyse_s = _rate(lambda raw: analyzer.analyse(raw, "bench"), raws)
    reports = [analyzer.analyse(raw, "bench") for raw in raws]
    classify_s = _rate(lambda r: analyzer.classifier.decide(r), reports)
    return {
        "set": name,
        "messages": len(raws),
        "megabytes": round(sum(map(len, raws)) / 1e6, 1),
        "mailparser_msg_per_s": round(len(raws) / parse_s, 1),
        "unwrap_extract_over_parsing": round(core_s / parse_s, 2),
        "analysis_msg_per_s": round(len(raws) / analyse_s, 1),
        "analysis_over_parsing": round(analyse_s / parse_s, 2),
        "classification_ms_per_msg": round(1000 * classify_s / len(raws), 3),
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
