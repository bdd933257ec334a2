"""sender_verified from the receiving server's authentication results."""

from __future__ import annotations

import pytest

from pipeline.unwrap.auth import sender_verified

RECEIVED = ("Received", "from mx.exemple.fr by mx.cabinet.fr")


@pytest.mark.parametrize(
    "results, verified",
    [
        ("mx.cabinet.fr; dmarc=pass header.from=ameli.fr", True),
        ("mx.cabinet.fr; dkim=pass header.d=ameli.fr; spf=fail smtp.mailfrom=x.com", True),
        ("mx.cabinet.fr; dkim=pass header.d=mail.ameli.fr", True),  # aligned subdomain
        ("mx.cabinet.fr; spf=pass smtp.mailfrom=bounce@ameli.fr", True),
        ("mx.cabinet.fr; dkim=pass header.d=sendgrid.net; spf=pass smtp.mailfrom=sendgrid.net", False),
        ("mx.cabinet.fr; dkim=pass header.d=ameli.fr.evil.com", False),
        ("mx.cabinet.fr; dmarc=fail header.from=ameli.fr; dkim=fail header.d=ameli.fr", False),
        ("mx.cabinet.fr; spf=softfail smtp.mailfrom=ameli.fr", False),
    ],
)
def test_results_aligned_with_the_from_domain(results, verified):
    headers = [("Authentication-Results", results), RECEIVED]
    assert sender_verified(headers, "noreply@ameli.fr") is verified


def test_no_results_is_not_verified():
    assert sender_verified([RECEIVED, ("DKIM-Signature", "v=1; d=ameli.fr")], "noreply@ameli.fr") is False
    assert sender_verified([("Authentication-Results", "x; dmarc=pass header.from=ameli.fr")], None) is False


def test_results_written_below_the_last_hop_are_not_trusted():
    # a sender can write its own Authentication-Results; only the receiving server's count
    headers = [
        ("Authentication-Results", "mx.cabinet.fr; dmarc=fail header.from=ameli.fr"),
        RECEIVED,
        ("Received", "from relay.evil.com by mx.evil.com"),
        ("Authentication-Results", "forged; dmarc=pass header.from=ameli.fr"),
    ]
    assert sender_verified(headers, "noreply@ameli.fr") is False


def test_received_spf_pass_aligned():
    headers = [("Received-SPF", "pass (mx: domain of ameli.fr designates 1.2.3.4) envelope-from=bounce@ameli.fr;"), RECEIVED]
    assert sender_verified(headers, "noreply@ameli.fr") is True
