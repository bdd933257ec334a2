from pathlib import Path

import pytest

from pipeline.settings import PROJECT_ROOT, SettingsError, load_settings, read_secret, read_toml


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, "utf-8")
    return path


def test_defaults_need_no_file():
    s = load_settings(None)
    assert s.mailbox.kind == "directory"
    assert s.schedule.timezone == "Europe/Paris"
    assert s.path(s.classifier.rules_file) == PROJECT_ROOT / "config" / "rules.toml"


def test_relative_paths_in_a_file_are_relative_to_that_file(tmp_path):
    s = load_settings(write(tmp_path, '[storage]\ndatabase = "data/triage.db"\n'))
    assert s.path(s.storage.database) == tmp_path / "data" / "triage.db"


@pytest.mark.parametrize(
    "text, key, reason",
    [
        ("[mailbox]\nkindd = 'imap'\n", "mailbox.kindd", "unknown key"),
        ("[mailboxes]\n", "mailboxes", "unknown section"),
        ("[schedule]\npoll_minutes = 'five'\n", "schedule.poll_minutes", "expected int"),
        ("[schedule]\ntimezone = 'Europe/Lutece'\n", "schedule.timezone", "unknown time zone"),
        ("[schedule]\ndigest_time = '25:00'\n", "schedule.digest_time", "HH:MM"),
        ("[mailbox]\nkind = 'imap'\n", "mailbox.host", "required"),
        ("[limits]\nmax_parts = 0\n", "limits.max_parts", "positive"),
        ("[classifier]\nreview_below_confidence = 1.5\n", "classifier.review_below_confidence", "between 0 and 1"),
    ],
)
def test_invalid_settings_name_the_file_the_key_and_the_reason(tmp_path, text, key, reason):
    path = write(tmp_path, text)
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    assert caught.value.file == str(path)
    assert caught.value.key == key
    assert reason in caught.value.reason
    assert str(path) in str(caught.value) and key in str(caught.value)


def test_not_toml_is_refused_with_the_file(tmp_path):
    path = write(tmp_path, "[mailbox\n")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings(path)


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(SettingsError, match="file not found"):
        load_settings(tmp_path / "nope.toml")


def test_every_toml_file_is_read_with_the_same_errors(tmp_path):
    """read_toml serves the settings, the gazetteer, the digest texts and the accounts file."""
    good = tmp_path / "good.toml"
    good.write_text('[users."agnes"]\npassword_hash = "x"\n', "utf-8")
    assert read_toml(good) == {"users": {"agnes": {"password_hash": "x"}}}
    assert read_toml(tmp_path / "absent.toml", missing={}) == {}
    with pytest.raises(SettingsError) as caught:
        read_toml(tmp_path / "absent.toml", named_by="digest.templates_dir")
    assert caught.value.file == str(tmp_path / "absent.toml") and caught.value.key is None
    assert caught.value.reason == "file not found (digest.templates_dir)"
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes('texte = "réponse"\n'.encode("latin-1"))
    with pytest.raises(SettingsError, match="not valid TOML: not UTF-8"):
        read_toml(latin1)
    broken = tmp_path / "broken.toml"
    broken.write_text("a = 1\n[b\n", "utf-8")
    with pytest.raises(SettingsError, match=r"not valid TOML: .*line 2"):
        read_toml(broken, missing={})  # a broken file is an error even where an absent one is not
    with pytest.raises(SettingsError, match="cannot read the file"):
        read_toml(tmp_path)  # a folder


def test_secret_comes_from_environment_then_file(tmp_path, monkeypatch):
    secret_file = tmp_path / "pw"
    secret_file.write_text("from-file\n")
    monkeypatch.setenv("TRIAGE_TEST_PW", "from-env")
    assert read_secret("TRIAGE_TEST_PW", str(secret_file), "mailbox.password") == "from-env"
    monkeypatch.delenv("TRIAGE_TEST_PW")
    assert read_secret("TRIAGE_TEST_PW", str(secret_file), "mailbox.password") == "from-file"
    with pytest.raises(SettingsError, match="no secret"):
        read_secret("TRIAGE_TEST_PW", "", "mailbox.password")

