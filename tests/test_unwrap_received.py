"""Where an attached original really came from: its Received chain read with mail-parser."""

from __future__ import annotations

import json
from email import message_from_bytes
from email.policy import compat32
from pathlib import Path

import jsonschema
import pytest

from pipeline.analyze import Budget
from pipeline.report import PLACEHOLDER_DECISION, Indicators, Report, report_schema
from pipeline.settings import LimitsSettings
from pipeline.unwrap import unwrap
from pipeline.unwrap.received import trace

FIXTURES = Path(__file__).parent / "fixtures" / "unwrap"
COUNCIL = frozenset({"signalement@cdom-exemple.fr"})


def run(name: str):
    return unwrap((FIXTURES / name).read_bytes(), Budget.start(LimitsSettings()), COUNCIL)


@pytest.mark.parametrize(
    "name, ip, host, hops",
    [
        # Orange: an internal LMTP hop above the scammer's server; below it, a hop the sender
        # wrote itself naming the real ANDPC's server, which must not be believed
        ("attached_received_chain_fr.eml", "91.134.210.77", "smtp-out.andpc-validation.com", 3),
        # Microsoft 365: four hops through Microsoft's own servers (outlook.com and
        # office365.com, public IPv6 addresses) above the sender's
        ("attached_m365_chain_en.eml", "185.176.221.43", "mta7.gmc-registration-uk.com", 5),
    ],
)
def test_the_real_sender_of_an_attached_original(name, ip, host, hops):
    (original,) = run(name).originals
    assert original.forward_style == "attachment"
    assert (original.origin.ip, original.origin.host, original.received_hops) == (ip, host, hops)


def test_mail_parsers_defects_of_the_chain_are_kept():
    # "Tuesday, 31 Apr 2024" in the sender's own Received header
    result = run("attached_m365_chain_en.eml")
    assert any("attached original" in d and "date" in d and "received" in d for d in result.defects)
    assert not any("attached original" in d for d in run("attached_received_chain_fr.eml").defects)


def test_inline_originals_have_no_transport_chain():
    (original,) = run("gmail_fr_inline.eml").originals
    assert (original.origin, original.received_hops) == (None, None)


def _message(received: str):
    return message_from_bytes(f"{received}From: X <x@scam.example>\nSubject: s\n\nbody\n".encode(), policy=compat32)


def test_no_received_header_no_origin():
    chain = trace(_message(""))
    assert (chain.hops, chain.origin, chain.defects) == (0, None, [])


def test_a_message_that_never_left_its_provider_has_no_origin():
    chain = trace(_message(
        "Received: from DB9PR01MB7000.eurprd01.prod.outlook.com (::1) by AM0PR01MB5000.eurprd01.prod.outlook.com with HTTPS; Tue, 23 Apr 2024 08:41:09 +0000\n"
        "Received: from DB9PR01MB7000.eurprd01.prod.outlook.com ([fe80::1%4]) by DB9PR01MB7000.eurprd01.prod.outlook.com with mapi id 15.20.7472.044; Tue, 23 Apr 2024 08:41:08 +0000\n"
    ))
    assert (chain.hops, chain.origin) == (2, None)


def test_gmail_reverse_dns_name_and_address():
    chain = trace(_message(
        "Received: by 2002:a05:6a10:c5d0:b0:5a1:2b3c:4d5e with SMTP id q16csp1234567pxa; Tue, 23 Apr 2024 01:41:08 -0700 (PDT)\n"
        "Received: from mx.relance-dpc.fr (vps-4f2a.hosting-pas-cher.net. [5.39.88.121]) by mx.google.com with ESMTPS id "
        "h12si1234567wrx.55.2024.04.23.01.41.07 for <dr.x@gmail.com>; Tue, 23 Apr 2024 01:41:07 -0700 (PDT)\n"
    ))
    assert chain.origin == {"ip": "5.39.88.121", "host": "vps-4f2a.hosting-pas-cher.net"}


def test_hundreds_of_received_headers_are_bounded():
    received = "".join(f"Received: from relay{i}.example.net ([192.0.2.{i % 250}]) by relay{i + 1}.example.net; Tue, 23 Apr 2024 08:41:08 +0000\n" for i in range(5000))
    chain = trace(_message(received), max_headers=200)
    assert chain.hops <= 200


def test_origin_fits_the_contract_and_round_trips():
    result = run("attached_received_chain_fr.eml")
    report = Report(
        source="x", message_id=result.message_id, reporter=result.reporter, originals=result.originals,
        indicators=Indicators(), verdict=PLACEHOLDER_DECISION.verdict, confidence=0.0, needs_review=True,
        defects=result.defects,
    )
    data = json.loads(report.to_json())
    jsonschema.validate(data, report_schema())
    assert data["originals"][0]["origin"] == {"ip": "91.134.210.77", "host": "smtp-out.andpc-validation.com"}
    assert Report.from_dict(data) == report
