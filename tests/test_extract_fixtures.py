"""Whole reports (tests/fixtures/extract/*.eml) through the real unwrap, then extract.

Each .eml has a .json beside it, written by hand, saying what an analyst expects: every
link (exactly these, with their flags and the other fields given), the phones, the
e-mail addresses and the organisations named.
"""

import json
from pathlib import Path

import pytest

from pipeline.extract import extract
from pipeline.unwrap import unwrap
from tests.extract_support import budget, gazetteer

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


@pytest.mark.parametrize("eml", sorted(FIXTURES.glob("*.eml")), ids=lambda p: p.stem)
def test_fixture_indicators(eml):
    expected = json.loads(eml.with_suffix(".json").read_text("utf-8"))
    b = budget()
    indicators = extract(unwrap(eml.read_bytes(), b, frozenset({"signalement@cdom33.example.fr"})), gazetteer(), b)
    urls = {u.url: u for u in indicators.urls}
    assert set(urls) == set(expected["urls"])
    for url, fields in expected["urls"].items():
        for name, value in fields.items():
            got = getattr(urls[url], name)
            assert (sorted(got) if name == "flags" else got) == (sorted(value) if name == "flags" else value), (url, name)
    assert {p.e164 for p in indicators.phones} == set(expected["phones"])
    assert set(indicators.emails) == set(expected["emails"])
    assert {m.id for m in indicators.organisations} == set(expected["organisations"])
