"""Every file of the shared corpora (real phishing, malformed and odd messages written by
others, forward fixtures, even their README and LICENSE files) gives an Unwrapped."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.analyze import Budget
from pipeline.report import FORWARD_STYLES, Unwrapped
from pipeline.settings import LimitsSettings
from pipeline.unwrap import unwrap

CORPORA = Path(__file__).parents[2] / "shared" / "corpora"
FILES = sorted(p for p in CORPORA.rglob("*") if p.is_file())


def test_all_seven_corpora_are_there():
    names = {p.relative_to(CORPORA).parts[0] for p in FILES}
    assert len(names) >= 7 and len(FILES) > 700, names


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPORA)) for p in FILES])
def test_corpus_file_unwraps(path):
    limits = LimitsSettings()
    raw = path.read_bytes()
    result = unwrap(raw, Budget.start(limits), frozenset({"signalement@cdom-exemple.fr"}))
    assert isinstance(result, Unwrapped)
    assert all(isinstance(d, str) and d for d in result.defects)
    if raw.strip():
        assert result.originals, "a non-empty message has at least one original"
    else:
        assert result.defects == ["empty message"]
    for original in result.originals:
        assert original.forward_style in FORWARD_STYLES
        assert len(original.text) <= limits.max_text_chars
        # the reporter is never the original's sender
        if result.reporter.address and original.forward_style != "direct":
            assert original.sender.address != result.reporter.address
