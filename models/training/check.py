"""Check the corpus against the analysis: does unwrap find each original's real sender?

    .venv/bin/python models/training/check.py [train|heldout ...]

Every .eml must parse with the stdlib email package without defects; then
`pipeline.unwrap.unwrap` (the first stage of `triage analyze`) runs on each report and, for
each report whose labels.csv row names the original sender(s), the script counts whether
unwrap found them, per forward style, and lists the misses. Reports without a sender (typed, pasted) must yield no sender
that is the reporter's own address. Last, it prints how close each held-out original comes
to its nearest train original (Jaccard of word 4-grams), to show the split is not one text
re-wrapped.
"""

from __future__ import annotations

import collections
import csv
import email
import re
import sys
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent


def parse_defects(folder: Path) -> list[str]:
    problems = []
    for path in sorted(folder.glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        for part in message.walk():
            if part.defects:
                problems.append(f"{path.name}: {part.defects}")
            if not part.is_multipart():
                part.get_content()
    return problems


def check(split: str) -> None:
    folder = HERE / split
    rows = {row["file"]: row for row in csv.DictReader((folder / "labels.csv").open(encoding="utf-8"))}
    defects = parse_defects(folder)
    print(f"{split}: {len(rows)} reports, {len(defects)} with MIME defects")
    for line in defects[:20]:
        print("  ", line)
    from pipeline.analyze import Budget
    from pipeline.settings import LimitsSettings
    from pipeline.unwrap import unwrap

    found = collections.Counter()
    total = collections.Counter()
    misses = []
    for name, row in rows.items():
        result = unwrap((folder / name).read_bytes(), Budget.start(LimitsSettings()), frozenset())
        got = {(o.sender.address or "").lower() for o in result.originals} - {""}
        reporter = (result.reporter.address or "").lower()
        expected = {address.lower() for address in row["sender"].split()}
        total[row["style"]] += 1
        if expected:
            ok = expected <= got
        else:
            ok = reporter.lower() not in got
        if ok:
            found[row["style"]] += 1
        else:
            misses.append(f"{row['file']}: expected {sorted(expected) or 'no sender'}, got {sorted(got)}")
    all_found, all_total = sum(found.values()), sum(total.values())
    print(f"  sender found: {all_found}/{all_total} ({all_found / max(all_total, 1):.1%})")
    for style in sorted(total):
        print(f"    {style:18} {found[style]:4}/{total[style]:<4}")
    for line in misses:
        print("  MISS", line)


def split_overlap() -> None:
    from build import load_originals

    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i:i + 4]) for i in range(len(words) - 3)}

    originals = load_originals()
    train = [(o.id, shingles(o.body)) for o in originals if o.split == "train"]
    closest = []
    for original in (o for o in originals if o.split == "heldout"):
        mine = shingles(original.body)
        score, twin = max((len(mine & other) / max(1, len(mine | other)), name) for name, other in train)
        closest.append((score, original.id, twin))
    print("held-out originals closest to a train original (Jaccard of word 4-grams):")
    for score, held, twin in sorted(closest, reverse=True)[:5]:
        print(f"  {score:.2f} {held} ~ {twin}")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for name in sys.argv[1:] or ["train", "heldout"]:
        check(name)
    split_overlap()
