"""`triage user add|remove|list` and `triage serve` as an administrator runs them."""

from __future__ import annotations

import io
import os
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from werkzeug.security import check_password_hash

from pipeline.cli import main
from pipeline.review.auth import load_users

TRIAGE = Path(sys.executable).parent / "triage"


@pytest.fixture
def config(tmp_path) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(
        '[storage]\ndatabase = "var/triage.db"\n\n'
        '[web]\nusers_file = "users.toml"\nsecure_cookies = false\nsecret_key_env = "TEST_TRIAGE_SECRET"\n'
    )
    return path


def add(config, name, password, monkeypatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    return main(["user", "add", name, "--config", str(config), "--password-stdin"])


def test_user_add_from_stdin_writes_a_salted_hash_readable_by_owner_only(config, monkeypatch, capsys):
    assert add(config, "sophie.bernard", "un mot de passe solide", monkeypatch) == 0
    assert "compte créé : sophie.bernard" in capsys.readouterr().out
    users_file = config.parent / "users.toml"
    stored = load_users(users_file)["sophie.bernard"]
    assert stored.startswith("scrypt:") and "un mot de passe solide" not in users_file.read_text()
    assert check_password_hash(stored, "un mot de passe solide")
    assert stat.S_IMODE(users_file.stat().st_mode) == 0o600
    assert add(config, "sophie.bernard", "un autre mot de passe", monkeypatch) == 0
    assert "mot de passe changé" in capsys.readouterr().out
    again = load_users(users_file)["sophie.bernard"]
    assert again != stored and check_password_hash(again, "un autre mot de passe")


def test_user_add_prompts_twice_and_refuses_a_mismatch(config, monkeypatch, capsys):
    answers = iter(["premier mot de passe", "second mot de passe"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["user", "add", "luc", "--config", str(config)]) == 2
    assert "pas identiques" in capsys.readouterr().err
    assert load_users(config.parent / "users.toml") == {}
    answers = iter(["le même mot de passe"] * 2)
    assert main(["user", "add", "luc", "--config", str(config)]) == 0
    assert check_password_hash(load_users(config.parent / "users.toml")["luc"], "le même mot de passe")


@pytest.mark.parametrize("name, password, message", [
    ("luc", "court", "au moins 10 caractères"),
    ("luc dupont", "assez long mot de passe", "nom d'utilisateur"),
    ('luc"]\n[users.x', "assez long mot de passe", "nom d'utilisateur"),
])
def test_user_add_refuses_bad_input(config, monkeypatch, capsys, name, password, message):
    assert add(config, name, password, monkeypatch) == 2
    assert message in capsys.readouterr().err


def test_user_list_and_remove(config, monkeypatch, capsys):
    add(config, "b.user", "mot de passe numéro un", monkeypatch)
    add(config, "a.user", "mot de passe numéro deux", monkeypatch)
    capsys.readouterr()
    assert main(["user", "list", "--config", str(config)]) == 0
    assert capsys.readouterr().out.split() == ["a.user", "b.user"]
    assert main(["user", "remove", "a.user", "--config", str(config)]) == 0
    assert main(["user", "remove", "a.user", "--config", str(config)]) == 1
    assert list(load_users(config.parent / "users.toml")) == ["b.user"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_on_its_address_and_stops_on_sigterm(config):
    port = free_port()
    env = {**os.environ, "TEST_TRIAGE_SECRET": "s" * 40}
    server = subprocess.Popen([str(TRIAGE), "serve", "--config", str(config), "--listen", f"127.0.0.1:{port}"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                response = urllib.request.urlopen(f"http://127.0.0.1:{port}/connexion", timeout=2)
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, server.communicate()[1]
                assert time.monotonic() < deadline, "triage serve did not answer"
                time.sleep(0.2)
        assert response.status == 200
        assert "Connexion" in response.read().decode()
        assert "default-src 'none'" in response.headers["Content-Security-Policy"]
        assert "HttpOnly" in response.headers["Set-Cookie"]
        with pytest.raises(urllib.error.HTTPError) as refused:  # a form posted without a token
            urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/connexion", data=b"utilisateur=x"))
        assert refused.value.code == 400
    finally:
        server.send_signal(signal.SIGTERM)
        _, err = server.communicate(timeout=15)
    assert server.returncode == 0
    assert "review app stopped" in err
    assert (config.parent / "var" / "triage.db").exists()


def test_serve_without_a_secret_key_says_so(config):
    env = {k: v for k, v in os.environ.items() if k != "TEST_TRIAGE_SECRET"}
    done = subprocess.run([str(TRIAGE), "serve", "--config", str(config), "--listen", f"127.0.0.1:{free_port()}"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "web.secret_key" in done.stderr and "TEST_TRIAGE_SECRET" in done.stderr
