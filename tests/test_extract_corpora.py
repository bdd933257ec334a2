"""Every message of the shared corpora (real phishing, spam, malformed mail written by
others, read as data from ../shared/corpora) goes through unwrap and extract without an
error, and its indicators keep their invariants."""

import re
from pathlib import Path

import jsonschema
import pytest

from pipeline.extract import extract
from pipeline.report import report_schema
from pipeline.unwrap import unwrap
from tests.extract_support import budget, gazetteer

CORPORA = Path(__file__).parents[2] / "shared" / "corpora"
FLAGS = {"lookalike", "subdomain_trick", "homoglyph", "punycode", "shortener", "ip_literal", "mismatch", "unrelated",
         "other_official", "state_domain", "userinfo", "non_http"}
MESSAGES = sorted(p for p in CORPORA.rglob("*") if p.is_file() and p.suffix.lower() not in (".json", ".txt", ".md", ".py")
                  and p.name not in ("LICENSE", "NOTICE") and p.stat().st_size < 10_000_000)


def test_the_corpora_are_there():
    assert len(MESSAGES) > 400, f"expected the shared corpora under {CORPORA}"


@pytest.fixture(scope="module")
def indicator_schema():
    schema = report_schema()
    return {**schema["properties"]["indicators"], "$schema": schema["$schema"]}


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: str(p.relative_to(CORPORA)))
def test_corpus_message_indicators_keep_their_invariants(path, indicator_schema):
    b = budget()
    indicators = extract(unwrap(path.read_bytes(), b, frozenset()), gazetteer(), b)
    jsonschema.validate({"urls": [vars(u) for u in indicators.urls], "phones": [vars(p) for p in indicators.phones],
                         "emails": indicators.emails, "organisations": [vars(m) for m in indicators.organisations]},
                        indicator_schema)
    assert len({u.url for u in indicators.urls}) == len(indicators.urls)
    for url in indicators.urls:
        assert set(url.flags) <= FLAGS and len(set(url.flags)) == len(url.flags)
        if "non_http" in url.flags:
            assert url.host == "" and not url.official
            continue
        assert re.match(r"(https?|ftp)://", url.url) and url.host in url.url.lower()
        assert url.registered_domain and (url.host == url.registered_domain or url.host.endswith("." + url.registered_domain))
        assert (url.lookalike_of is not None) == bool({"lookalike", "subdomain_trick"} & set(url.flags))
        assert not (url.official and {"lookalike", "subdomain_trick", "unrelated", "other_official"} & set(url.flags))
    assert len({p.e164 for p in indicators.phones}) == len(indicators.phones)
    assert all(e == e.lower() and e.count("@") == 1 for e in indicators.emails)
    assert len(set(indicators.emails)) == len(indicators.emails)
