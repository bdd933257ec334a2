"""The review app's routes (Flask test client) over a real SQLite store filled with the
reports of tests/fixtures/review: login, throttling, CSRF, cookies, headers, escaping,
the queue's filters and order, the report, campaign, failed and journal pages, the
actions and what they write to the store and its audit log."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from markupsafe import escape

from pipeline.report import VERDICTS
from pipeline.review import create_app
from pipeline.review.texts import URL_FLAG_LABELS
from pipeline.textutil import defang
from pipeline.review.views import ORIGINAL_CSP
from pipeline.store.review import QueueFilter
from pipeline.settings import SettingsError
from review_support import FIXTURES, MAX_MESSAGE_BYTES, PASSWORD, STAFF, fill_store, review_settings

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def filled(tmp_path):
    settings = review_settings(tmp_path)
    store, ids = fill_store(settings)
    yield settings, store, ids
    store.close()


@pytest.fixture
def app(filled):
    settings, store, _ = filled
    return create_app(settings, store)


@pytest.fixture
def ids(filled):
    return filled[2]


@pytest.fixture
def store(filled):
    return filled[1]


def token_of(client, path="/connexion") -> str:
    return TOKEN.search(client.get(path).text).group(1)


def log_in(client, name=STAFF, password=PASSWORD, addr="127.0.0.1"):
    token = token_of(client)
    return client.post("/connexion", data={"csrf_token": token, "utilisateur": name, "mot_de_passe": password},
                       environ_base={"REMOTE_ADDR": addr})


@pytest.fixture
def client(app):
    c = app.test_client()
    assert log_in(c).status_code == 302
    return c


def report_ids(html: str) -> list[int]:
    if "<tbody>" not in html:
        return []
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [int(n) for n in re.findall(r'<tr[^>]*>\s*<td><a href="/signalements/(\d+)"', body)]


# --- login, sessions, CSRF ------------------------------------------------------------------


def test_every_page_needs_a_login(app, ids):
    c = app.test_client()
    for path in ("/", "/campagnes", "/campagnes/1", "/echecs", "/journal", f"/signalements/{ids['hostile_html_attached']}",
                 f"/signalements/{ids['hostile_html_attached']}/originaux/0/html",
                 f"/signalements/{ids['hostile_html_attached']}/message.eml", f"/echecs/{ids['oversized_attachment']}/message.eml"):
        response = c.get(path)
        assert response.status_code == 302, path
        assert response.headers["Location"].startswith("/connexion?suivant=")
    token = token_of(c)
    assert c.post(f"/signalements/{ids['fr_spam_formation']}/verdict",
                  data={"csrf_token": token, "verdict": "fraud"}).status_code == 403


def test_wrong_password_and_unknown_user_are_refused(app):
    c = app.test_client()
    response = log_in(c, password="not the password")
    assert response.status_code == 401
    assert "Identifiant ou mot de passe incorrect" in response.text
    assert log_in(c, name="nobody").status_code == 401
    assert c.get("/").status_code == 302  # still not logged in


def test_login_then_logout(app):
    c = app.test_client()
    response = log_in(c)
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert c.get("/").status_code == 200
    assert c.post("/deconnexion", data={"csrf_token": token_of(c, "/")}).status_code == 302
    assert c.get("/").status_code == 302


def test_login_goes_back_to_the_page_asked_but_never_to_another_site(app):
    c = app.test_client()
    token = token_of(c)
    form = {"csrf_token": token, "utilisateur": STAFF, "mot_de_passe": PASSWORD}
    assert c.post("/connexion", data={**form, "suivant": "/campagnes"}).headers["Location"] == "/campagnes"
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        c2 = app.test_client()
        form["csrf_token"] = token_of(c2)
        assert c2.post("/connexion", data={**form, "suivant": target}).headers["Location"] == "/"


def test_login_is_rate_limited_per_address_and_per_account(app, filled):
    limit = filled[0].web.max_login_attempts_per_minute
    c = app.test_client()
    for _ in range(limit):
        assert log_in(c, password="wrong", addr="10.0.0.1").status_code == 401
    # the right password from that address is refused too, for now
    assert log_in(c, addr="10.0.0.1").status_code == 429
    # another address guessing the same account is refused
    assert log_in(app.test_client(), addr="10.0.0.2").status_code == 429
    # another account from a fresh address is not affected
    assert log_in(app.test_client(), name="someone.else", password="x" * 12, addr="10.0.0.3").status_code == 401


def test_forms_without_a_valid_csrf_token_are_refused(client, store, ids):
    report_id = ids["fr_spam_formation"]
    for data in ({"verdict": "fraud"}, {"verdict": "fraud", "csrf_token": "forged"}):
        response = client.post(f"/signalements/{report_id}/verdict", data=data)
        assert response.status_code == 400
        assert "Formulaire expiré ou invalide" in response.text
    assert store.review_report(report_id)["label"] is None
    assert client.post("/connexion", data={"utilisateur": STAFF, "mot_de_passe": PASSWORD}).status_code == 400


def test_session_cookie_flags(filled):
    settings, store, _ = filled
    secure = create_app(review_settings(settings.path(settings.storage.database).parent, secure_cookies=True), store)
    c = secure.test_client()
    cookie = c.get("/connexion").headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" in cookie
    strict = create_app(review_settings(settings.path(settings.storage.database).parent, cookie_samesite="Strict"), store)
    assert "SameSite=Strict" in strict.test_client().get("/connexion").headers["Set-Cookie"]


def test_a_removed_account_or_a_new_password_ends_open_sessions(app, filled):
    from pipeline.review.auth import remove_user, set_password

    users = filled[0].path(filled[0].web.users_file)
    c = app.test_client()
    log_in(c)
    assert c.get("/").status_code == 200
    set_password(users, STAFF, "un nouveau mot de passe")
    assert c.get("/").status_code == 302
    log_in(c, password="un nouveau mot de passe")
    assert c.get("/").status_code == 200
    remove_user(users, STAFF)
    assert c.get("/").status_code == 302


def test_secret_key_is_required_and_long(tmp_path, store):
    settings = review_settings(tmp_path)
    (tmp_path / "secret_key").write_text("short")
    with pytest.raises(SettingsError, match="32 characters"):
        create_app(settings, store)
    (tmp_path / "secret_key").unlink()
    with pytest.raises(SettingsError):
        create_app(settings, store)


# --- the reverse proxy's user header ------------------------------------------------------------


def test_trusted_user_header_from_the_proxy_only(filled):
    settings, store, ids = filled
    app = create_app(review_settings(settings.path(settings.storage.database).parent,
                                     trusted_user_header="X-Remote-User", trusted_proxies=["10.1.1.1"]), store)
    c = app.test_client()
    proxy = {"REMOTE_ADDR": "10.1.1.1"}
    page = c.get("/", headers={"X-Remote-User": "paul.accueil"}, environ_base=proxy)
    assert page.status_code == 200 and "paul.accueil" in page.text
    assert c.get("/", headers={"X-Remote-User": "paul.accueil"}, environ_base={"REMOTE_ADDR": "10.9.9.9"}).status_code == 403
    assert c.get("/", environ_base=proxy).status_code == 401
    report_id = ids["fr_spam_formation"]
    headers = {"X-Remote-User": "paul.accueil"}
    assert c.post(f"/signalements/{report_id}/verdict", data={"verdict": "fraud"}, headers=headers,
                  environ_base=proxy).status_code == 400
    token = TOKEN.search(c.get(f"/signalements/{report_id}", headers=headers, environ_base=proxy).text).group(1)
    assert c.post(f"/signalements/{report_id}/verdict", data={"verdict": "fraud", "csrf_token": token},
                  headers=headers, environ_base=proxy).status_code == 302
    assert store.audit_entries(report_id=report_id)[-1]["user"] == "paul.accueil"


# --- headers and escaping ------------------------------------------------------------------------


def test_every_page_has_a_strict_csp_and_no_script(client, ids):
    hostile = ids["hostile_html_attached"]
    for path in ("/", "/campagnes", f"/campagnes/{hostile}", "/echecs", "/journal", f"/signalements/{hostile}",
                 f"/signalements/{hostile}?html=0", "/connexion"):
        response = client.get(path)
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp, path
        assert "frame-ancestors 'none'" in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Cache-Control"] == "no-store"
        assert "<script" not in response.text.lower(), path
        assert not re.search(r"(src|href)=\"(https?:)?//", response.text), path


def test_message_values_are_escaped(client, ids):
    hostile = ids["hostile_html_attached"]
    for path in ("/", f"/signalements/{hostile}", f"/campagnes/{hostile}"):
        text = client.get(path).text
        assert "&lt;script&gt;document[.]title=" in text, path
        assert "<script>document.title" not in text
    note = '<img src="https://tracker.example/x.gif"> <b>gras</b>'
    token = token_of(client, "/")
    client.post(f"/signalements/{hostile}/note", data={"csrf_token": token, "note": note})
    text = client.get(f"/signalements/{hostile}").text
    assert "&lt;img src=&#34;https://tracker.example/x.gif&#34;&gt; &lt;b&gt;gras&lt;/b&gt;" in text


# --- the queue -------------------------------------------------------------------------------------


def doubt(store, *report_ids: int) -> None:
    """Mark reports as doubted by the classifier, so that these tests do not hang on the
    rules' current thresholds (which the classifier's own tests cover)."""
    with store.transaction() as db:
        db.executemany("UPDATE reports SET needs_review = 1 WHERE id = ?", [(i,) for i in report_ids])


def stored(store) -> list[dict]:
    return [dict(r) for r in store.db.execute("SELECT id, verdict, needs_review, state, label, created_at FROM reports")]


def test_queue_default_order_puts_doubtful_then_fraud_first_then_newest(client, store, ids):
    doubt(store, ids["fr_andpc_legit"])
    shown = report_ids(client.get("/").text)
    rows = {r["id"]: r for r in stored(store)}
    assert sorted(shown) == sorted(rows)
    doubtful = [rows[i]["needs_review"] == 1 and rows[i]["state"] == "new" for i in shown]
    assert doubtful == sorted(doubtful, reverse=True)  # all the doubtful ones first
    rest = [i for i in shown if not (rows[i]["needs_review"] and rows[i]["state"] == "new")]
    fraud = [rows[i]["verdict"] == "fraud" for i in rest]
    assert fraud == sorted(fraud, reverse=True)  # then fraud
    for group in (True, False):
        times = [(rows[i]["created_at"], i) for i in rest if (rows[i]["verdict"] == "fraud") == group]
        assert times == sorted(times, reverse=True)  # newest first


def test_queue_filters_by_verdict_state_and_doubt(client, store, ids):
    for verdict in VERDICTS:
        assert set(report_ids(client.get(f"/?verdict={verdict}").text)) == {
            r["id"] for r in stored(store) if r["verdict"] == verdict}
    doubt(store, ids["malformed"], ids["fr_certification_inline"])
    doubtful = {r["id"] for r in stored(store) if r["needs_review"]}
    assert set(report_ids(client.get("/?a_revoir=1").text)) == doubtful
    token = token_of(client, "/")
    handled = min(doubtful)
    client.post(f"/signalements/{handled}/verdict", data={"csrf_token": token, "verdict": "spam"})
    client.post(f"/signalements/{ids['fr_andpc_legit']}/etat", data={"csrf_token": token, "etat": "closed"})
    assert handled not in report_ids(client.get("/?a_revoir=1").text)  # labelled: no longer waiting
    assert report_ids(client.get("/?etat=closed").text) == [ids["fr_andpc_legit"]]
    assert report_ids(client.get("/?etat=reviewed").text) == [handled]
    assert ids["fr_andpc_legit"] not in report_ids(client.get("/?etat=new").text)


def test_queue_filters_by_organisation(client, store, ids):
    (fake_body,) = [o for o in store.queue_choices()["organisations"] if "certification" in o]
    assert set(report_ids(client.get("/", query_string={"organisme": fake_body}).text)) == {
        ids["fr_certification_inline"], ids["fr_certification_attached"]}
    assert "Aucun signalement" in client.get("/?organisme=Personne").text


@pytest.mark.parametrize(
    "query, names",
    [
        ("q=drcp-sante.fr", {"fr_certification_inline", "fr_certification_attached"}),
        ("q=09 70 73 21 45", {"fr_certification_inline", "fr_certification_attached"}),
        ("q=%2B33 9 70 73 21 45", {"fr_certification_inline", "fr_certification_attached"}),
        ("q=no-reply@andpc-validation.com", {"hostile_html_attached"}),
        ("q=ANDPC-VALIDATION", {"hostile_html_attached"}),
        ("q=s.collins@clinic-example.org", {"en_password_reset_attached"}),
        ("q=bit.ly", {"en_password_reset_attached"}),
        ("q=hxxps://drcp-sante[.]fr/dossier", {"fr_certification_inline", "fr_certification_attached"}),
        ("q=andpc-validation(dot)com", {"hostile_html_attached"}),
        ("q=04.78.12.34.56", {"fr_spam_formation"}),
        ("q=100%25", set()),
    ],
)
def test_queue_search_by_domain_phone_or_address(client, ids, query, names):
    assert set(report_ids(client.get(f"/?{query}").text)) == {ids[n] for n in names}


def test_queue_filters_by_campaign_and_date(client, ids, store):
    campaign = store.review_report(ids["fr_certification_inline"])["campaign_id"]
    assert set(report_ids(client.get(f"/?campagne={campaign}").text)) == {ids["fr_certification_inline"], ids["fr_certification_attached"]}
    today = date.today()  # the reports were filed just now (UTC)
    tomorrow, yesterday = today + timedelta(days=1), today - timedelta(days=1)
    assert len(report_ids(client.get(f"/?du={yesterday}&au={tomorrow}").text)) == 7
    assert "Aucun signalement" in client.get(f"/?du={tomorrow}").text
    assert "Aucun signalement" in client.get(f"/?au={today - timedelta(days=2)}").text
    assert "Date non comprise" in client.get("/?du=32/13/2026").text


def test_queue_paging(store):
    from pipeline.store.review import QueueFilter

    first = store.queue(QueueFilter(per_page=4))
    second = store.queue(QueueFilter(per_page=4, page=2))
    assert (first.total, first.pages, len(first.rows), len(second.rows)) == (7, 2, 4, 3)
    assert not {r["id"] for r in first.rows} & {r["id"] for r in second.rows}


# --- the report page ---------------------------------------------------------------------------------


def test_report_page_shows_what_staff_need(client, ids, store):
    hostile = ids["hostile_html_attached"]
    report = store.review_report(hostile)["report"]
    text = client.get(f"/signalements/{hostile}").text
    assert "Je vous transmets ce message reçu ce matin" in text  # the doctor's comment
    assert "<th>Reply-To</th><td>support@andpc-validation[.]com</td>" in text  # the original's headers
    assert "hxxps://andpc-validation[.]com/connexion?u=claire" in text  # links, defanged
    assert "adresse IP au lieu d&#39;un nom" in text  # flags in words
    for url in report.indicators.urls:
        for flag in url.flags:
            assert escape(URL_FLAG_LABELS[flag]) in text, flag
    for reason in report.reasons:
        assert escape(defang(reason.text)) in text
    assert "+33186951234" in text
    assert f'<span class="verdict verdict-{report.verdict}"' in text
    assert "Madame, Monsieur" in text  # the original's text
    assert "https://" not in text and "http://" not in text  # nothing clickable-looking from the message
    assert "<iframe" not in text  # HTML only on request
    assert f'href="/signalements/{hostile}?html=0#original-0"' in text


def test_report_html_is_shown_sanitised_in_a_sandboxed_frame(client, ids):
    hostile = ids["hostile_html_attached"]
    page = client.get(f"/signalements/{hostile}?html=0").text
    frame = re.search(r"<iframe[^>]*>", page).group(0)
    assert re.search(r"\ssandbox(\s|>)", frame) and "allow-" not in frame
    assert f'src="/signalements/{hostile}/originaux/0/html"' in frame
    response = client.get(f"/signalements/{hostile}/originaux/0/html")
    assert response.headers["Content-Security-Policy"] == ORIGINAL_CSP
    assert ORIGINAL_CSP == "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
    body = response.text.lower()
    for banned in ("<script", "onload", "onerror", "onclick", "<form", "<input", "<iframe", "<object", "<svg", "<meta http-equiv",
                   "url(", "<a ", "href=", "tracker.andpc-validation.com/", "javascript:window.hostile"):
        assert banned not in body, banned
    assert "valider mon compte [lien : hxxps://andpc-validation[.]com/connexion?u=claire]" in body
    assert "[image bloquée : hxxps://tracker[.]andpc-validation[.]com/open[.]gif?id=claire]" in body


def test_original_without_html_or_out_of_range_is_404(client, ids):
    assert client.get(f"/signalements/{ids['fr_certification_inline']}/originaux/0/html").status_code == 404
    assert client.get(f"/signalements/{ids['hostile_html_attached']}/originaux/5/html").status_code == 404
    assert "<iframe" not in client.get(f"/signalements/{ids['fr_certification_inline']}?html=0").text
    assert client.get("/signalements/999").status_code == 404


def test_raw_message_download(client, ids, store):
    hostile = ids["hostile_html_attached"]
    response = client.get(f"/signalements/{hostile}/message.eml")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == f'attachment; filename="signalement-{hostile}.eml"'
    assert response.mimetype == "message/rfc822"
    assert response.data == (FIXTURES / "hostile_html_attached.eml").read_bytes()
    assert store.audit_entries(report_id=hostile)[0]["action"] == "download"


@pytest.mark.parametrize("path", [
    "/signalements/..%2F..%2Fetc%2Fpasswd/message.eml", "/signalements/1/../../../etc/passwd",
    "/echecs/..%2Fsecret_key/message.eml", "/echecs/%2E%2E/message.eml", "/static/..%2F..%2Fsettings.py",
    "/static/../views.py",
])
def test_downloads_take_ids_not_paths(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b"kkkkkkkk" not in response.data and b"import" not in response.data


# --- actions ---------------------------------------------------------------------------------------


def test_label_state_and_note_are_stored_and_audited(client, store, ids):
    report_id = ids["hostile_html_attached"]
    token = token_of(client, "/")
    response = client.post(f"/signalements/{report_id}/verdict", data={"csrf_token": token, "verdict": "spam"})
    assert response.status_code == 302
    row = store.review_report(report_id)
    assert (row["label"], row["labelled_by"], row["state"]) == ("spam", STAFF, "reviewed")
    client.post(f"/signalements/{report_id}/etat", data={"csrf_token": token, "etat": "confirmed_fraud"})
    client.post(f"/signalements/{report_id}/note", data={"csrf_token": token, "note": "Appelé le Dr Martin."})
    row = store.review_report(report_id)
    assert (row["label"], row["state"]) == ("fraud", "confirmed_fraud")
    assert [n["text"] for n in row["notes"]] == ["Appelé le Dr Martin."]
    audit = [(e["action"], e["detail"], e["user"]) for e in reversed(row["audit"])]
    assert audit == [
        ("label", "- -> spam", STAFF), ("state", "new -> reviewed", STAFF),
        ("state", "reviewed -> confirmed_fraud", STAFF), ("label", "spam -> fraud", STAFF), ("note", None, STAFF),
    ]
    page = client.get(f"/signalements/{report_id}").text
    assert "Indésirable → Fraude" in page and "Nouveau → Examiné" in page and "Appelé le Dr Martin." in page
    assert "Personnel : Fraude" in page


def test_bad_action_values_are_refused(client, ids, store):
    token = token_of(client, "/")
    report_id = ids["fr_spam_formation"]
    assert client.post(f"/signalements/{report_id}/verdict", data={"csrf_token": token, "verdict": "maybe"}).status_code == 400
    assert client.post(f"/signalements/{report_id}/etat", data={"csrf_token": token, "etat": "deleted"}).status_code == 400
    assert client.post(f"/signalements/{report_id}/note", data={"csrf_token": token, "note": "  "}).status_code == 400
    assert client.post("/signalements/999/verdict", data={"csrf_token": token, "verdict": "spam"}).status_code == 404
    assert client.get(f"/signalements/{report_id}/verdict").status_code == 405
    assert store.audit_entries(report_id=report_id) == []


def test_labels_feed_training(client, store, ids):
    token = token_of(client, "/")
    client.post(f"/signalements/{ids['fr_andpc_legit']}/verdict", data={"csrf_token": token, "verdict": "legitimate"})
    client.post(f"/signalements/{ids['fr_spam_formation']}/etat", data={"csrf_token": token, "etat": "confirmed_fraud"})
    assert store.labelled_messages() == [
        ((FIXTURES / "fr_andpc_legit.eml").read_bytes(), "legitimate"),
        ((FIXTURES / "fr_spam_formation.eml").read_bytes(), "fraud"),
    ]


def test_merge_and_split_campaigns(client, store, ids):
    token = token_of(client, "/")
    cert = store.review_report(ids["fr_certification_inline"])["campaign_id"]
    reset = store.review_report(ids["en_password_reset_attached"])["campaign_id"]
    assert cert != reset
    response = client.post("/campagnes/fusion", data={"csrf_token": token, "campagnes": str(cert), "autres": str(reset)})
    assert response.status_code == 302
    target = int(response.headers["Location"].rsplit("/", 1)[1])
    assert {store.review_report(ids[n])["campaign_id"] for n in
            ("fr_certification_inline", "fr_certification_attached", "en_password_reset_attached")} == {target}
    page = client.get(f"/campagnes/{target}").text
    assert "Fusion de campagnes" in page and STAFF in page
    old = reset if target == cert else cert
    assert client.get(f"/campagnes/{old}").headers["Location"] == f"/campagnes/{target}"

    response = client.post(f"/signalements/{ids['en_password_reset_attached']}/retirer-de-la-campagne",
                           data={"csrf_token": token})
    assert response.status_code == 302
    alone = store.review_report(ids["en_password_reset_attached"])["campaign_id"]
    assert [r["id"] for r in store.review_campaign(alone)["reports"]] == [ids["en_password_reset_attached"]]
    assert store.review_report(ids["fr_certification_inline"])["campaign_id"] != alone
    assert any(e["action"] == "split_report" and e["user"] == STAFF for e in store.audit_entries(user=STAFF))
    assert "Retirer" not in client.get(f"/campagnes/{alone}").text
    assert "Retirer de la campagne" not in client.get(f"/signalements/{ids['en_password_reset_attached']}").text
    assert "Retirer de la campagne" in client.get(f"/signalements/{ids['fr_certification_inline']}").text
    assert client.post(f"/signalements/{ids['en_password_reset_attached']}/retirer-de-la-campagne",
                       data={"csrf_token": token}).status_code == 400
    assert client.post("/campagnes/fusion", data={"csrf_token": token, "campagnes": str(alone)}).status_code == 400
    assert client.post("/campagnes/fusion", data={"csrf_token": token, "autres": f"{alone}, 999"}).status_code == 400


def test_campaign_page_and_note(client, store, ids):
    campaign = store.review_report(ids["fr_certification_inline"])["campaign_id"]
    page = client.get(f"/campagnes/{campaign}").text
    assert "drcp-sante[.]fr" in page and "+33970732145" in page and "Organisme cité" in page
    assert page.count("Retirer</button>") == 2
    token = token_of(client, "/")
    client.post(f"/campagnes/{campaign}/note", data={"csrf_token": token, "note": "Signalé à l'ARS."})
    assert "Signalé à l&#39;ARS." in client.get(f"/campagnes/{campaign}").text
    assert client.get("/campagnes/999").status_code == 404
    assert f'href="/campagnes/{campaign}"' in client.get("/campagnes").text


def test_failed_messages_page_and_download(client, ids):
    failed = ids["oversized_attachment"]
    page = client.get("/echecs").text
    assert "larger than limits.max_message_bytes" in page and "oversized_attachment.eml" in page and "(tronqué)" in page
    response = client.get(f"/echecs/{failed}/message.eml")
    assert response.data == (FIXTURES / "oversized_attachment.eml").read_bytes()[:MAX_MESSAGE_BYTES]
    assert response.headers["Content-Disposition"] == f'attachment; filename="message-{failed}.eml"'
    assert client.get("/echecs/999/message.eml").status_code == 404


def test_journal_lists_who_did_what(client, ids):
    token = token_of(client, "/")
    client.post(f"/signalements/{ids['fr_spam_formation']}/etat", data={"csrf_token": token, "etat": "closed"})
    page = client.get("/journal").text
    assert "Changement d&#39;état" in page and "Nouveau → Clos" in page and "Connexion" in page
    assert f'href="/signalements/{ids["fr_spam_formation"]}"' in page
    assert "Changement d&#39;état" not in client.get("/journal?utilisateur=quelqu.un").text


def test_purged_messages_leave_training_and_downloads_but_the_report_stays(client, store, ids):
    from datetime import datetime, timedelta, timezone

    token = token_of(client, "/")
    report_id = ids["fr_andpc_legit"]
    client.post(f"/signalements/{report_id}/verdict", data={"csrf_token": token, "verdict": "legitimate"})
    assert len(store.labelled_messages()) == 1
    store.purge(retention_days=30, now=datetime.now(timezone.utc) + timedelta(days=31))
    assert store.labelled_messages() == []
    assert client.get(f"/signalements/{report_id}/message.eml").status_code == 404
    page = client.get(f"/signalements/{report_id}").text
    assert "message d'origine supprimé" in page and "adresse supprimée" in page and "nadia" not in page


def test_report_page_leads_to_the_next_report_to_review(client, store, ids):
    doubt(store, ids["malformed"], ids["hostile_html_attached"])
    doubtful = [r["id"] for r in store.queue(QueueFilter(needs_review=True)).rows]
    other = ids["fr_andpc_legit"]
    assert f'href="/signalements/{doubtful[0]}">Signalement suivant à revoir' in client.get(f"/signalements/{other}").text
    token = token_of(client, "/")
    for report_id in doubtful:
        client.post(f"/signalements/{report_id}/verdict", data={"csrf_token": token, "verdict": "fraud"})
    assert "Plus rien à revoir." in client.get(f"/signalements/{other}").text


def test_login_throttle_forgets_after_its_window():
    from pipeline.review.auth import LoginThrottle

    now = [1000.0]
    throttle = LoginThrottle(limit=3, window_seconds=60, clock=lambda: now[0])
    for _ in range(3):
        throttle.failed("ip:a", "user:x")
    assert throttle.blocked("ip:a") and throttle.blocked("user:x") and not throttle.blocked("ip:b")
    now[0] += 59
    assert throttle.blocked("user:x")
    now[0] += 2
    assert not throttle.blocked("ip:a", "user:x")
    assert throttle._failures == {}  # nothing kept for keys with no recent failure


def test_one_decision_for_a_whole_campaign(client, store, ids):
    members = {ids["fr_certification_inline"], ids["fr_certification_attached"]}
    campaign = store.review_report(ids["fr_certification_inline"])["campaign_id"]
    token = token_of(client, "/")
    response = client.post(f"/campagnes/{campaign}/etat", data={"csrf_token": token, "etat": "confirmed_fraud"})
    assert response.status_code == 302
    assert "(2 modifiés)" in client.get(response.headers["Location"]).text
    for report_id in members:
        row = store.review_report(report_id)
        assert (row["state"], row["label"], row["labelled_by"]) == ("confirmed_fraud", "fraud", STAFF)
        assert [e["action"] for e in reversed(row["audit"])] == ["state", "label"]
    others = [r for r in store.queue(QueueFilter()).rows if r["id"] not in members]
    assert all(r["state"] == "new" and r["label"] is None for r in others)
    client.post(f"/campagnes/{campaign}/verdict", data={"csrf_token": token, "verdict": "spam"})
    assert {store.review_report(i)["label"] for i in members} == {"spam"}
    assert client.post(f"/campagnes/{campaign}/verdict", data={"verdict": "spam"}).status_code == 400
    assert client.post("/campagnes/999/etat", data={"csrf_token": token, "etat": "closed"}).status_code == 404


def test_staff_decisions_change_the_campaigns_stored_verdict_at_once(client, store, ids):
    """The campaigns page shows and sorts on the verdict stored with each campaign: a relabelled
    report or a decision for a whole campaign must change it now, not when the next report
    of the campaign is filed."""
    def stored(campaign_id):
        return store.db.execute("SELECT verdict FROM campaigns WHERE id = ?", (campaign_id,)).fetchone()[0]

    def listed(campaign_id):  # the verdict shown on the campaigns page
        row = re.search(rf'value="{campaign_id}" aria-label.*?</tr>', client.get("/campagnes").text, re.S).group(0)
        return re.search(r'class="verdict verdict-(\w+)"', row).group(1)

    token = token_of(client, "/")
    single = ids["fr_spam_formation"]
    campaign = store.review_report(single)["campaign_id"]
    classifier = store.review_report(single)["verdict"]
    assert store.campaign_report_ids(campaign) == [single] and stored(campaign) == classifier
    relabelled = next(v for v in ("fraud", "spam") if v != classifier)
    client.post(f"/signalements/{single}/verdict", data={"csrf_token": token, "verdict": relabelled})
    assert stored(campaign) == relabelled == listed(campaign)
    client.post(f"/signalements/{single}/verdict", data={"csrf_token": token, "verdict": "legitimate"})
    assert stored(campaign) == "legitimate" == listed(campaign)

    members = sorted([ids["fr_certification_inline"], ids["fr_certification_attached"]])
    campaign = store.review_report(members[0])["campaign_id"]
    classifier = store.review_report(members[0])["verdict"]
    assert store.campaign_report_ids(campaign) == members and stored(campaign) == classifier
    relabelled = next(v for v in ("spam", "legitimate") if v != classifier)
    client.post(f"/campagnes/{campaign}/verdict", data={"csrf_token": token, "verdict": relabelled})
    assert stored(campaign) == relabelled == listed(campaign)
    client.post(f"/campagnes/{campaign}/etat", data={"csrf_token": token, "etat": "confirmed_fraud"})
    assert stored(campaign) == "fraud" == listed(campaign)


def test_report_page_says_what_became_of_the_answer_to_the_doctor(client, store, ids):
    report_id = ids["fr_spam_formation"]
    assert "aucune réponse enregistrée" in client.get(f"/signalements/{report_id}").text
    store.record_acknowledgement(report_id, "marc.durand@cabinet-exemple.fr", "skipped:rate_limited")
    assert "non envoyée (rate_limited)" in client.get(f"/signalements/{report_id}").text
    store.record_acknowledgement(report_id, "marc.durand@cabinet-exemple.fr", "sent")
    assert "<dt>Réponse au médecin</dt><dd>envoyée, le " in client.get(f"/signalements/{report_id}").text
