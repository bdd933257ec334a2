"""`triage export --since DATE --format csv|json`: campaigns and their raw indicators,
without any reporter."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from campaign_reports import build_report, file_report, load, reports
from pipeline.cli import main
from pipeline.store import Store


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text(f'[storage]\ndatabase = "{tmp_path / "triage.db"}"\n[digest]\noutput_dir = "{tmp_path / "digests"}"\n', "utf-8")
    with Store.open(tmp_path / "triage.db") as store:
        items = reports()
        for n, (_, report) in enumerate(items, start=1):
            # the first three reports are old: before the --since date
            file_report(store, report, n, "2026-10-01T10:00:00Z" if n <= 3 else "2026-11-20T10:00:00Z")
        # a scammer's subject written to trick spreadsheets
        data = load()
        hostile = build_report({"message": "password_reset", "doctor": 3, "style": "attachment", "token": "q"}, data, 99)
        hostile.originals[0].subject = '=HYPERLINK("https://evil.example","Cliquez")'
        file_report(store, hostile, 99, "2026-11-20T11:00:00Z")
    return path


def run(capsys, *args) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_json_export_has_campaigns_with_raw_indicators(config, capsys):
    document = json.loads(run(capsys, "export", "--since", "2026-11-01", "--format", "json", "--config", str(config)))
    assert "not defanged" in document["note"] and document["since"] == "2026-11-01"
    campaigns = {c["id"]: c for c in document["campaigns"]}
    # report 2 (ANS) was filed in October, but its campaign was seen again in November
    assert sorted(campaigns) == [1, 2, 4, 5, 6, 9, 14]
    drcp = campaigns[1]
    assert drcp["verdict"] == "fraud" and drcp["reports"] == 4 and drcp["reporters"] == 4
    assert drcp["organisation"] == "Direction régionale de certification périodique" and drcp["fake_organisation"]
    assert drcp["indicators"]["domain"] == ["drcp-certification.fr"]
    assert drcp["indicators"]["phone"] == ["+33184801234"]
    assert "https://espace.drcp-certification.fr/validation?ref=A7F3K9" in drcp["indicators"]["url"]
    assert drcp["indicators"]["sender"] == ["secretariat@drcp-certification.fr"]
    text = json.dumps(document)
    for address, _ in load()["doctors"]:
        assert address not in text  # no reporter, ever


def test_since_leaves_out_campaigns_not_seen_again(config, capsys):
    document = json.loads(run(capsys, "export", "--since", "2026-11-21", "--format", "json", "--config", str(config)))
    assert document["campaigns"] == []


def test_csv_export_is_one_row_per_indicator(config, capsys):
    rows = list(csv.DictReader(io.StringIO(run(capsys, "export", "--since", "2026-11-01", "--format", "csv", "--config", str(config)))))
    assert list(rows[0]) == ["campaign_id", "verdict", "organisation", "first_seen", "last_seen", "reports", "reporters", "kind", "value"]
    phone = [r for r in rows if r["kind"] == "phone" and r["campaign_id"] == "1"]
    assert [(r["value"], r["reports"], r["verdict"]) for r in phone] == [("+33184801234", "4", "fraud")]
    assert any(r["kind"] == "url" and r["value"].startswith("https://activation.ans-esante-compte.com/login") for r in rows)
    subject = next(r["value"] for r in rows if "HYPERLINK" in r["value"])
    assert subject.startswith("'=")  # not a formula in a spreadsheet


def test_export_to_a_file(config, tmp_path, capsys):
    out = tmp_path / "campagnes.csv"
    assert main(["export", "--since", "2026-11-01", "--format", "csv", "--output", str(out), "--config", str(config)]) == 0
    assert out.read_text("utf-8").startswith("campaign_id,verdict")
    assert "7 campagne(s) exportée(s)" in capsys.readouterr().err


def test_a_bad_date_is_refused(config, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["export", "--since", "20/11/2026", "--format", "csv", "--config", str(config)])
    assert exc.value.code == 2
    assert "is not a date YYYY-MM-DD" in capsys.readouterr().err
