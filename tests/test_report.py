import json

import jsonschema
import pytest

from pipeline.report import (
    Attachment, Indicators, OrganisationMatch, Original, Person, Phone, Reason, Report, Reporter, Url, report_schema,
)


def sample_report() -> Report:
    return Report(
        source="INBOX:1700000000:42",
        message_id="<abc@orange.fr>",
        reporter=Reporter("dr.martin@orange.fr", "Dr Claire Martin", "Bonjour, est-ce une arnaque ?"),
        originals=[
            Original(
                forward_style="attachment",
                sender=Person("contact@certif-periodique-idf.com", "Direction régionale de certification périodique"),
                reply_to="dossier@gmail.com",
                subject="Dernier rappel avant radiation",
                date="2026-11-20T09:14:00+01:00",
                sender_verified=False,
                headers=[("From", "Direction régionale <contact@certif-periodique-idf.com>")],
                text="Validez votre certification avant radiation : https://certif-periodique-idf.com/valider",
                attachments=[Attachment("avis.pdf", "application/pdf", 1234, "0" * 64)],
            )
        ],
        indicators=Indicators(
            urls=[Url("https://certif-periodique-idf.com/valider", "certif-periodique-idf.com",
                      "certif-periodique-idf.com", None, False, ["unrelated"])],
            phones=[Phone("+33612345678", "06 12 34 56 78")],
            emails=["dossier@gmail.com"],
            organisations=[OrganisationMatch("Direction régionale de certification périodique",
                                             "direction régionale de certification périodique", None, "drcp", True)],
        ),
        verdict="fraud",
        confidence=0.97,
        needs_review=False,
        reasons=[Reason("fake_body", "Organisme inexistant", "fraud", 3.0)],
        defects=[],
    )


def test_report_json_matches_the_shipped_schema():
    data = json.loads(sample_report().to_json())
    jsonschema.Draft202012Validator.check_schema(report_schema())
    jsonschema.validate(data, report_schema())


def test_report_round_trips_through_json():
    report = sample_report()
    assert Report.from_dict(json.loads(report.to_json())) == report


@pytest.mark.parametrize(
    "path, bad",
    [
        (("verdict",), "maybe"),
        (("originals", 0, "forward_style"), "carrier-pigeon"),
        (("indicators", "phones", 0, "e164"), "06 12 34 56 78"),
        (("confidence",), 1.5),
    ],
)
def test_schema_refuses_values_outside_the_contract(path, bad):
    data = json.loads(sample_report().to_json())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, report_schema())
