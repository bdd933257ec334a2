"""End to end: the review app on a loopback port, driven by headless Chromium (Debian's package).

Logs in, filters the queue, opens the hostile report and its HTML view, and proves from the
browser's own network log and script state that nothing left the app's origin and that no
script of the message ran; relabels the report and finds the label in the store; a wrong
password and a form without its CSRF token are refused.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from pipeline.review import create_app
from pipeline.store import Store
from review_support import PASSWORD, STAFF, fill_store, review_settings
from pipeline.review.server import serving_in_thread
from services.browser import chromium  # noqa: F401  (the fixture)


@pytest.fixture
def site(tmp_path):
    settings = review_settings(tmp_path)
    store, ids = fill_store(settings)
    store.close()
    # no store given: the app borrows its own connections per request thread, as under `triage serve`
    with serving_in_thread(create_app(settings)) as base:
        yield base, settings, ids


@pytest.fixture
def page(chromium, site):
    context = chromium.new_context(locale="fr-FR")
    page = context.new_page()
    page.events = {"requests": [], "console": [], "dialogs": [], "errors": []}
    page.on("request", lambda r: page.events["requests"].append(r.url))
    page.on("console", lambda m: page.events["console"].append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: page.events["errors"].append(str(e)))

    def dialog(d):
        page.events["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    yield page
    context.close()


def log_in(page, base, password=PASSWORD):
    page.goto(base + "/")
    page.fill("#utilisateur", STAFF)
    page.fill("#mot_de_passe", password)
    with page.expect_navigation():
        page.click("button:has-text('Se connecter')")


def queue_subjects(page) -> list[str]:
    return page.locator("table.file tbody tr td:nth-child(5)").all_inner_texts()


def test_hostile_report_cannot_run_script_or_reach_out_and_is_relabelled(page, site):
    base, settings, ids = site
    hostile = ids["hostile_html_attached"]
    origin = urlsplit(base).netloc

    # a wrong password is refused
    log_in(page, base, password="mauvais mot de passe")
    assert page.locator(".erreur").inner_text() == "Identifiant ou mot de passe incorrect."
    assert page.url.startswith(base + "/connexion")
    assert page.events["console"] == ["error: Failed to load resource: the server responded with a status of 401 (UNAUTHORIZED)"]
    page.events["console"].clear()

    log_in(page, base)
    assert page.url == base + "/"
    assert page.locator("h1").inner_text() == "File des signalements"
    with Store.open(settings.path(settings.storage.database)) as store:
        verdicts = [r[0] for r in store.db.execute("SELECT verdict FROM reports")]
    assert len(queue_subjects(page)) == len(verdicts)

    # filter the queue: fraud only, then search the look-alike domain
    page.select_option("select[name=verdict]", "fraud")
    with page.expect_navigation():
        page.click("button:has-text('Filtrer')")
    assert "verdict=fraud" in page.url
    assert len(queue_subjects(page)) == verdicts.count("fraud")
    page.fill("input[name=q]", "andpc-validation.com")
    with page.expect_navigation():
        page.click("button:has-text('Filtrer')")
    subjects = queue_subjects(page)
    assert subjects == ["<script>document[.]title='pwned-subject'</script> Votre compte DPC sera suspendu"]

    # open the hostile report: its <script> subject is text, not markup
    with page.expect_navigation():
        page.click("table.file tbody tr td:nth-child(5) a")
    assert page.url == f"{base}/signalements/{hostile}"
    assert page.title() == f"Signalement n° {hostile} · Triage CDOM"
    assert page.locator("iframe").count() == 0

    # its HTML, on request, in the sandboxed frame
    with page.expect_navigation():
        page.click("text=Afficher la version HTML nettoyée")
    frame_element = page.locator("iframe.apercu")
    frame_element.wait_for()
    assert frame_element.get_attribute("sandbox") == ""
    frame = page.frame_locator("iframe.apercu")
    frame.locator("body").wait_for()
    body_text = frame.locator("body").inner_text()
    assert "Valider mon compte [lien : hxxps://andpc-validation[.]com/connexion?u=claire]" in body_text
    assert "[image bloquée : hxxps://tracker[.]andpc-validation[.]com/open[.]gif?id=claire]" in body_text
    assert frame.locator("a, form, input, img, script, iframe, object, svg").count() == 0
    page.wait_for_load_state("networkidle")

    # no script of the message ran: nothing renamed the pages, set its global or opened a dialog
    assert page.title() == f"Signalement n° {hostile} · Triage CDOM"
    assert page.evaluate("typeof window.hostileRan") == "undefined"
    inner = next(f for f in page.frames if f.url.endswith(f"/signalements/{hostile}/originaux/0/html"))
    assert inner.title() == "Contenu HTML nettoyé"
    assert page.events["dialogs"] == []
    assert page.events["errors"] == []
    # not even a blocked attempt: the sanitised page asks for nothing the policies would refuse
    assert not [m for m in page.events["console"]
                if m.startswith("error") or "Content Security Policy" in m or "Refused" in m or "Blocked" in m
                or "hostile" in m or "pwned" in m], page.events["console"]

    # every request the browser made went to the app itself
    assert page.events["requests"], "the network log is empty"
    elsewhere = [u for u in page.events["requests"] if urlsplit(u).netloc != origin]
    assert elsewhere == []
    assert not [u for u in page.events["requests"] if urlsplit(u).hostname in ("andpc-validation.com", "198.51.100.23")
                or (urlsplit(u).hostname or "").endswith(".andpc-validation.com")]

    # relabel: staff say it is spam, not fraud
    page.check("input[name=verdict][value=spam]")
    with page.expect_navigation():
        page.click("button:has-text('Enregistrer le verdict')")
    assert "Verdict enregistré : Indésirable" in page.locator(".info").inner_text()
    assert "Personnel : Indésirable" in page.locator("h1").inner_text()
    assert STAFF in page.locator("section:has(h2:text('Historique'))").inner_text()
    with Store.open(settings.path(settings.storage.database)) as store:
        row = store.review_report(hostile)
        assert (row["label"], row["labelled_by"], row["state"]) == ("spam", STAFF, "reviewed")

    # a form posted without its CSRF token is refused, with the session cookie of the browser
    response = page.request.post(f"{base}/signalements/{hostile}/verdict", form={"verdict": "legitimate"})
    assert response.status == 400
    response = page.request.post(f"{base}/signalements/{hostile}/verdict",
                                 form={"verdict": "legitimate", "csrf_token": "forged"})
    assert response.status == 400
    with Store.open(settings.path(settings.storage.database)) as store:
        assert store.review_report(hostile)["label"] == "spam"


def test_logout_and_session_cookie(page, site):
    base, _, _ = site
    log_in(page, base)
    cookie = next(c for c in page.context.cookies() if c["name"] == "triage_session")
    assert cookie["httpOnly"] is True and cookie["sameSite"] == "Lax"
    with page.expect_navigation():
        page.click("button:has-text('Se déconnecter')")
    assert page.locator(".info").inner_text() == "Vous êtes déconnecté."
    page.goto(base + "/journal")
    assert page.url.startswith(base + "/connexion")


def test_csp_and_sandbox_hold_even_if_the_sanitiser_let_everything_through(page, site, monkeypatch):
    """The second and third walls alone: the message's HTML served raw under the frame's CSP."""
    import pipeline.review.views as views

    monkeypatch.setattr(views, "sanitise_html", lambda html: html)
    base, _, ids = site
    hostile = ids["hostile_html_attached"]
    origin = urlsplit(base).netloc
    failed, finished = {}, []
    page.on("requestfailed", lambda r: failed.__setitem__(r.url, r.failure))
    page.on("requestfinished", lambda r: finished.append(r.url))
    log_in(page, base)
    page.goto(f"{base}/signalements/{hostile}?html=0")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)  # the meta refresh would have fired by now
    assert page.url == f"{base}/signalements/{hostile}?html=0"
    inner = next(f for f in page.frames if f.url.endswith(f"/signalements/{hostile}/originaux/0/html"))
    assert "Valider mon compte" in inner.inner_text("body")  # the raw HTML really was served
    assert inner.title() == "Contenu HTML nettoyé"  # not the one its script would set
    assert page.title() == f"Signalement n° {hostile} · Triage CDOM"
    assert page.evaluate("typeof window.hostileRan") == "undefined"
    assert page.events["dialogs"] == []
    outside = [u for u in page.events["requests"] if urlsplit(u).netloc != origin]
    assert outside, "the raw HTML should have tried to load its tracking pixels"
    assert {u: failed.get(u) for u in outside} == {u: "csp" for u in outside}
    assert not [u for u in finished if urlsplit(u).netloc != origin]
