"""Bad input gets an Unwrapped that says what was wrong, never an exception, within bounds."""

from __future__ import annotations

import base64
import time

import pytest

from pipeline.analyze import AnalysisTimeout, Budget
from pipeline.settings import LimitsSettings
from pipeline.unwrap import unwrap

COUNCIL = frozenset({"signalement@cdom-exemple.fr"})
HEAD = b"From: Dr Test <dr.test@exemple.fr>\r\nTo: signalement@cdom-exemple.fr\r\nSubject: TR: test\r\n"


def run(raw: bytes, **limits):
    started = time.perf_counter()
    result = unwrap(raw, Budget.start(LimitsSettings(**limits)), COUNCIL)
    return result, time.perf_counter() - started


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n  "])
def test_empty_message(raw):
    result, _ = run(raw)
    assert result.originals == [] and result.defects == ["empty message"]


@pytest.mark.parametrize(
    "raw",
    [
        bytes(range(256)) * 40,  # binary noise
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type/Catalog>> endobj\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 500,
        "Juste une ligne de texte, sans en-têtes.".encode("utf-8"),
    ],
)
def test_bytes_that_are_not_mail(raw):
    result, _ = run(raw)
    assert result.originals
    assert any("no mail headers" in d for d in result.defects)


def test_malformed_mime_boundary_never_closed_and_missing():
    raw = HEAD + (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="abc"\r\n\r\n'
        b"--abc\r\nContent-Type: text/plain\r\n\r\nVoici le message : https://faux-dpc.fr\r\n"
        b"--abc\r\nContent-Type: multipart/alternative\r\n\r\nno boundary parameter here\r\n"
    )
    result, _ = run(raw)
    assert result.originals
    assert any("MIME defect" in d for d in result.defects)
    assert any("faux-dpc.fr" in o.text for o in result.originals)


def test_unknown_and_wrong_charsets_are_decoded_anyway():
    raw = HEAD + (
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\n"
        b"Voici le texte copi\xc3\xa9 du message re\xc3\xa7u :\r\n\r\n"
        b"Votre compte DPC sera d\xe9sactiv\xe9.\r\n"  # Latin-1 bytes inside UTF-8: wrong charset
    )
    result, _ = run(raw)
    (original,) = result.originals
    assert "Votre compte DPC sera d" in original.text


def test_eight_bit_headers_are_decoded():
    raw = (
        "From: Cécile Dùpont <cecile@exemple.fr>\r\nTo: signalement@cdom-exemple.fr\r\n"
        "Subject: TR: Réinitialisation\r\n\r\nVoici le message reçu :\r\n\r\nCliquez ici.\r\n"
    ).encode("utf-8")
    result, _ = run(raw)
    assert result.reporter.name == "Cécile Dùpont"
    assert result.subject == "TR: Réinitialisation"
    latin1 = raw.decode("utf-8").encode("latin-1")
    result, _ = run(latin1)
    assert result.reporter.name == "Cécile Dùpont"


def test_truncated_base64_is_a_defect_and_the_rest_is_read():
    body = base64.b64encode("Voici le faux message de l'ANDPC : https://andpc-faux.fr/login\n".encode())
    raw = HEAD + (
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + body[:-7]
    )
    result, _ = run(raw)
    assert result.originals
    assert any("badly encoded" in d for d in result.defects)
    assert "andpc-faux" in result.originals[0].text


def test_thirty_megabyte_attachment_is_described_not_opened():
    payload = b"\x00\x01PK" * (30 * 1024 * 1024 // 4)
    inner = (
        b"From: Faux ANS <ans@faux-ans.fr>\r\nTo: dr.test@exemple.fr\r\nSubject: Dossier\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="in"\r\n\r\n'
        b"--in\r\nContent-Type: text/plain\r\n\r\nVoir le dossier joint.\r\n"
        b'--in\r\nContent-Type: application/zip; name="dossier.zip"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + base64.encodebytes(payload)
        + b"--in--\r\n"
    )
    raw = HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="out"\r\n\r\n--out\r\nContent-Type: text/plain\r\n\r\nCi-joint.\r\n--out\r\nContent-Type: message/rfc822\r\n\r\n' + inner + b"--out--\r\n"
    result, seconds = run(raw)
    (original,) = result.originals
    assert original.sender.address == "ans@faux-ans.fr"
    (zipped,) = original.attachments
    assert zipped.filename == "dossier.zip" and zipped.size == len(payload)
    assert not any("cut" in d for d in result.defects)
    assert seconds < 10


def test_message_over_the_size_limit_is_cut_and_says_so():
    raw = HEAD + b"\r\nVoici le message :\r\n\r\n" + b"x" * 5000
    result, _ = run(raw, max_message_bytes=1000)
    assert any("cut to the first 1000 bytes" in d for d in result.defects)


def test_mime_nested_a_thousand_deep():
    depth = 1000
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i) for i in range(depth)
    )
    closing = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
    raw = HEAD + b"MIME-Version: 1.0\r\n" + opening + b"Content-Type: text/plain\r\n\r\nau fond\r\n" + closing
    result, seconds = run(raw)
    assert result.originals is not None
    assert any("multipart" in d or "nested" in d for d in result.defects)
    assert seconds < 5


def test_attached_messages_nested_deeper_than_the_limit():
    inner = b"From: Faux <faux@arnaque.fr>\r\nSubject: fond\r\n\r\nle fond\r\n"
    for level in range(30):
        inner = (
            b"From: Relais %d <relais%d@exemple.fr>\r\nSubject: TR: fond\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\nContent-Type: message/rfc822\r\n\r\n'
            % (level, level, level, level)
            + inner
            + b"\r\n--n%d--\r\n" % level
        )
    result, _ = run(HEAD + inner[inner.index(b"MIME-Version"):])
    assert any("deeper than" in d for d in result.defects)


def test_a_hundred_thousand_parts():
    part = b"--p\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    raw = HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n' + part * 100_000 + b"--p--\r\n"
    result, seconds = run(raw)
    assert result.originals
    assert any("more than 500" in d for d in result.defects)
    assert seconds < 5


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 100_000 + "Voici le message : https://faux.fr" + "</div>" * 100_000,
        "<table><tr><td>" * 20_000 + "cellule",
        "<p>" + "<b><i>" * 50_000 + "texte",
        "<a href='" + "x" * 2_000_000 + "'>lien</a>",
        "<!--" * 10_000 + "<script>" * 10_000,
    ],
    ids=["deep-divs", "unclosed-tables", "nested-inline", "huge-attribute", "comments-scripts"],
)
def test_pathological_html(html):
    raw = HEAD + b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html.encode()
    result, seconds = run(raw)
    assert result.originals
    assert seconds < 10


def test_the_deadline_is_checked():
    part = b"--p\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    raw = HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n' + part * 400 + b"--p--\r\n"
    budget = Budget(LimitsSettings(), deadline=time.monotonic() - 1)  # already spent
    with pytest.raises(AnalysisTimeout):
        unwrap(raw, budget, COUNCIL)


@pytest.mark.parametrize(
    "body",
    [
        (b"> " * 50 + b"From: a@b.fr\r\n") * 100_000,  # a header label on every deeply quoted line
        b"De : " * 2_000_000,
        b"Ce message est confidentiel " * 1_000_000,
    ],
    ids=["quoted-labels", "labels-on-one-line", "disclaimer-words"],
)
def test_huge_texts_are_read_within_bounds(body):
    result, seconds = run(HEAD + b"\r\n" + body)
    assert any("cut to" in d for d in result.defects)
    assert all(len(o.text) <= LimitsSettings().max_text_chars for o in result.originals)
    assert seconds < 5


def test_mutated_reports_never_raise():
    """Byte flips, cuts and splices of realistic reports: each gives an Unwrapped."""
    import random
    from pathlib import Path

    rng = random.Random(20240318)
    fixtures = [p.read_bytes() for p in sorted((Path(__file__).parent / "fixtures" / "unwrap").glob("*.eml"))]
    for _ in range(600):
        raw = bytearray(rng.choice(fixtures))
        for _ in range(rng.randint(1, 20)):
            position = rng.randrange(len(raw))
            action = rng.random()
            if action < 0.5:
                raw[position] = rng.randrange(256)
            elif action < 0.7:
                del raw[position : position + rng.randint(1, 200)]
            elif action < 0.9:
                raw[position:position] = rng.choice([b"\r\n--", b"=?utf-8?b?", b"\r\n\r\n", b">", b"boundary=", b"\x00", b"De : "])
            else:
                raw = raw[:position]
            if not raw:
                break
        result, _ = run(bytes(raw))
        assert all(isinstance(d, str) for d in result.defects)
        assert not any("could not be unwrapped" in d for d in result.defects), result.defects
