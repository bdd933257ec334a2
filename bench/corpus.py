"""The messages the benchmarks run on: our test data plus the shared corpora (read in place)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"

# Reports as a council's mailbox receives them: what "typical reports" means in the targets.
TYPICAL_DIRS = (ROOT / "models" / "training", ROOT / "tests" / "data" / "unseen", ROOT / "samples" / "reports")
# Real-world and malformed mail written by others.
OTHER_DIRS = (SHARED / "phishing_pot", SHARED / "spamassassin-tdata", SHARED / "mail-parser",
              SHARED / "cpython-test-email", SHARED / "email-origin-chain-fr", SHARED / "govcert-eml_parser")
MESSAGE_SUFFIXES = {".eml", ".txt", ""}


def _messages(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in MESSAGE_SUFFIXES
        and p.name not in ("SOURCE.txt", "LICENSE", "NOTICE", "README.md")
        and not p.name.startswith("regexes_")
    )


def typical_messages() -> list[Path]:
    return [p for d in TYPICAL_DIRS for p in _messages(d) if p.suffix == ".eml"]


def other_messages() -> list[Path]:
    return [p for d in OTHER_DIRS for p in _messages(d)]
