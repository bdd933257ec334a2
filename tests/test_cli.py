"""The `triage` command as users call it (in a subprocess, as from a shell)."""

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema

from pipeline.cli import build_parser
from pipeline.report import report_schema

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "unwrap"


def triage(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT)


def test_analyze_a_missing_path_fails_with_one_clear_line():
    done = triage("analyze", str(FIXTURES), "no/such/report.eml")
    assert done.returncode != 0
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == ["triage analyze: no such file or folder: no/such/report.eml"]


def test_analyze_json_gives_one_valid_report_per_message_in_input_order(tmp_path):
    first, second = sorted(FIXTURES.glob("*.eml"))[:2]
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "b.eml").write_bytes(second.read_bytes())
    (folder / "a.eml").write_bytes(first.read_bytes())
    (folder / "notes.txt").write_text("not a message")
    done = triage("analyze", "--format", "json", str(second), str(folder))
    assert done.returncode == 0, done.stderr
    reports = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["source"] for r in reports] == [str(second), str(folder / "a.eml"), str(folder / "sub" / "b.eml")]
    for report in reports:
        jsonschema.validate(report, report_schema())
        assert report["verdict"] in ("fraud", "spam", "legitimate")


def test_analyze_text_summary_is_readable_and_defanged():
    done = triage("analyze", str(ROOT / "samples" / "reports"))
    assert done.returncode == 0, done.stderr
    assert "FRAUD" in done.stdout and "LEGITIMATE" in done.stdout
    assert not re.search(r"https?://", done.stdout), "links shown to people must be defanged"


def test_analyze_exits_zero_on_a_malformed_message(tmp_path):
    broken = tmp_path / "broken.eml"
    broken.write_bytes(b"\x00\xff garbage\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\nContent-Transfer-Encoding: base64\r\n\r\nQUJD=\x00")
    done = triage("analyze", "--format", "json", str(broken))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["defects"]


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices
    missing = [name for name in commands if f"triage {name}" not in readme]
    assert not missing, f"commands not documented in README.md: {missing}"
