"""extract(): the indicators of whole Unwrapped values, deduplicated, flagged, bounded."""

import time

import jsonschema
import pytest

from pipeline.analyze import AnalysisTimeout, Budget
from pipeline.report import Indicators, Report, Reporter, report_schema
from pipeline.settings import LimitsSettings
from tests.extract_support import gazetteer, original, run, urls_by_host

FAKE_DPC_MAIL = original(
    text="""Docteur,

La Direction régionale de certification périodique vous informe que votre parcours n'est pas validé.
Sans action de votre part avant le 15/03/2025, une procédure de radiation sera engagée.

Activez votre compte : hxxps://agencedpc-validation[.]com/compte/activation?id=48213
ou rappelez notre service au 01 84 60 12 34 (du lundi au vendredi).
Pour toute question : validation [at] agence-dpc [dot] com

Service de validation DPC
""",
    html="""<html><body><p>Docteur,</p><p>Cliquez sur
<a href="https://agencedpc-validation.com/compte/activation?id=48213">https://www.agencedpc.fr/professionnel/</a></p>
<p>Ou appelez le <a href="tel:+33184601234">01 84 60 12 34</a>.</p>
<p><a href="mailto:Validation@Agence-DPC.com">nous écrire</a></p>
<img src="https://track.mailer-dpc.net/open.gif"></body></html>""",
    subject="URGENT : validation de votre certification périodique",
    sender_name="ANDPC - Direction régionale",
    sender="no-reply@agence-dpc.com",
)

GENUINE_ANDPC_MAIL = original(
    text="""Madame, Monsieur,

L'Agence nationale du DPC vous rappelle que votre profil est accessible sur https://www.agencedpc.fr/professionnel/
et vos actions sur www.mondpc.fr. Votre caisse de retraite : https://www.carmf.fr/ ; les textes :
https://www.legifrance.gouv.fr/loda/id/JORFTEXT000043851239.

L'équipe de l'ANDPC
""",
    subject="Votre DPC en 2025",
    sender_name="Agence nationale du DPC",
    sender="ne-pas-repondre@agencedpc.fr",
)


def test_a_fake_dpc_mail_gives_all_its_indicators_flagged():
    indicators, _ = run(FAKE_DPC_MAIL)
    by_host = urls_by_host(indicators)
    phish = by_host["agencedpc-validation.com"]
    # the same link in text and HTML is one indicator, with the text a reader saw next to it
    assert [u.url for u in indicators.urls].count("https://agencedpc-validation.com/compte/activation?id=48213") == 1
    assert phish.display_text == "https://www.agencedpc.fr/professionnel/"
    assert {"lookalike", "mismatch", "unrelated"} <= set(phish.flags) and not phish.official
    assert phish.lookalike_of == "agencedpc.fr" and phish.registered_domain == "agencedpc-validation.com"
    # the URL only shown as the text of the link is not a link of its own
    assert "www.agencedpc.fr" not in by_host
    assert "unrelated" in by_host["track.mailer-dpc.net"].flags and by_host["track.mailer-dpc.net"].found_in == "src"
    assert [p.e164 for p in indicators.phones] == ["+33184601234"]
    assert indicators.emails == ["validation@agence-dpc.com"]
    found = {m.id for m in indicators.organisations}
    assert {"fake-direction-regionale-certification", "fake-service-validation-dpc", "andpc"} <= found


def test_a_genuine_andpc_mail_has_official_links_only():
    indicators, _ = run(GENUINE_ANDPC_MAIL)
    by_host = urls_by_host(indicators)
    assert by_host["www.agencedpc.fr"].official and by_host["www.agencedpc.fr"].flags == []
    assert by_host["www.mondpc.fr"].official and by_host["www.mondpc.fr"].flags == []
    # the CARMF is not named: its domain is official, but for another body
    assert not by_host["www.carmf.fr"].official and by_host["www.carmf.fr"].flags == ["other_official"]
    assert by_host["www.legifrance.gouv.fr"].flags == ["state_domain"]
    assert [m.id for m in indicators.organisations] == ["andpc", "mondpc"]
    assert indicators.phones == [] and indicators.emails == []


def test_official_when_the_message_names_no_organisation():
    indicators, _ = run(original(text="Bonjour, voir https://www.carmf.fr/cotisations et https://www.example.com/x"))
    assert indicators.organisations == []
    by_host = urls_by_host(indicators)
    assert by_host["www.carmf.fr"].official and by_host["www.carmf.fr"].flags == []
    assert not by_host["www.example.com"].official and by_host["www.example.com"].flags == []  # nobody named: not "unrelated"


def test_unrelated_needs_a_public_body_named():
    indicators, _ = run(original(text="Doctolib vous propose https://www.example.com/agenda"))
    assert urls_by_host(indicators)["www.example.com"].flags == []  # a company, not a public body
    indicators, _ = run(original(text="L'URSSAF vous propose https://www.example.com/agenda"))
    assert urls_by_host(indicators)["www.example.com"].flags == ["unrelated"]


def test_mismatch_fires_only_when_the_displayed_domain_differs():
    html = """<a href="https://www.ameli.fr/assure/remboursements">https://www.ameli.fr/assure</a>
    <a href="https://www.ameli.fr/medecin">Espace médecin</a>
    <a href="http://ameli.remboursement-secure.info/">www.ameli.fr</a>"""
    indicators, _ = run(original(html=html))
    flags = {u.url: u.flags for u in indicators.urls}
    assert "mismatch" not in flags["https://www.ameli.fr/assure/remboursements"]
    assert "mismatch" not in flags["https://www.ameli.fr/medecin"]
    assert {"mismatch", "subdomain_trick"} <= set(flags["http://ameli.remboursement-secure.info/"])


def test_non_http_links_userinfo_shortener_and_ip():
    html = """<a href="javascript:document.location='http://evil.example'">Valider</a>
    <a href="data:text/html;base64,PHNjcmlwdD4=">Ouvrir</a>
    <a href="http://www.agencedpc.fr@198.51.100.7/login">www.agencedpc.fr</a>
    <a href="https://bit.ly/3dpcXyz">activer</a>"""
    indicators, _ = run(original(html=html, text="Votre compte ANDPC"))
    by_url = {u.url: u for u in indicators.urls}
    assert by_url["javascript:document.location='http://evil.example'"].flags == ["non_http"]
    assert by_url["data:text/html;base64,PHNjcmlwdD4="].flags == ["non_http"]
    tricked = by_url["http://www.agencedpc.fr@198.51.100.7/login"]
    assert tricked.host == "198.51.100.7" and {"ip_literal", "userinfo", "mismatch"} <= set(tricked.flags)
    assert {"shortener", "unrelated"} <= set(by_url["https://bit.ly/3dpcXyz"].flags)


def test_mailto_gives_addresses_not_links_and_tel_gives_a_phone():
    html = '<a href="mailto:Contact@Cabinet-Dupont.fr,secretariat@cabinet-dupont.fr?subject=RDV">écrire</a><a href="tel:0556000000">appel</a>'
    indicators, _ = run(original(html=html))
    assert indicators.emails == ["contact@cabinet-dupont.fr", "secretariat@cabinet-dupont.fr"]
    assert [p.e164 for p in indicators.phones] == ["+33556000000"]
    assert [u.url for u in indicators.urls] == ["tel:0556000000"]


def test_list_unsubscribe_header_links():
    o = original(text="Newsletter", headers=[("List-Unsubscribe", "<mailto:unsub@lists.example.org>, <https://lists.example.org/u?id=1>")])
    indicators, _ = run(o)
    assert [(u.url, u.found_in) for u in indicators.urls] == [("https://lists.example.org/u?id=1", "header")]
    assert indicators.emails == ["unsub@lists.example.org"]


def test_indicators_are_deduplicated_across_originals_and_the_comment_is_ignored():
    first = original(text="Appelez le 06 12 34 56 78 ou https://ameli-remboursement.fr/x", style="inline")
    second = original(text="Rappel : +33 6 12 34 56 78 — https://ameli-remboursement.fr/x", style="attachment")
    indicators, _ = run(first, second, comment="Dr Martin, 05 56 00 00 00, cabinet@dupont-medecin.fr, https://www.cabinet-dupont.fr")
    assert [p.e164 for p in indicators.phones] == ["+33612345678"]
    assert [u.url for u in indicators.urls] == ["https://ameli-remboursement.fr/x"]
    assert indicators.emails == []


def test_typed_report_text_is_the_original():
    typed = original(text="J'ai reçu un SMS du 07 81 23 45 67 : « Votre certification périodique expire, "
                          "validez sur certif-periodique-sante.fr »", style="typed")
    indicators, _ = run(typed)
    assert [p.e164 for p in indicators.phones] == ["+33781234567"]
    assert [u.host for u in indicators.urls] == ["certif-periodique-sante.fr"]


def test_the_number_of_indicators_is_capped_and_the_cut_recorded():
    text = "\n".join(f"https://site{i}.example.com/page" for i in range(400))
    indicators, unwrapped = run(original(text=text))
    assert len(indicators.urls) == 300
    assert any("more than 300 links" in d for d in unwrapped.defects)


def test_text_beyond_the_limit_is_not_searched_and_the_cut_is_recorded():
    text = "x " * 600 + "https://late.example.com/"
    indicators, unwrapped = run(original(text=text), max_text_chars=1000)
    assert indicators.urls == []
    assert any("only the first 1000" in d for d in unwrapped.defects)


def test_pathological_input_stays_fast():
    nasty = (("a" * 5000 + ".") * 20 + "http://" + "a-" * 20000 + " " + "0" * 50000 + " " + "@" * 20000 + ("1 " * 30000)
             + "a@" * 50000 + " " + "a." * 50000 + " " + "www." * 20000 + " " + "(" * 20000 + "[.]" * 20000)
    start = time.perf_counter()
    run(original(text=nasty, html="<a href='" + "x" * 50000 + "'>" + "<div>" * 5000), max_text_chars=len(nasty))
    # not a speed test (make bench measures speed): a regex that backtracks catastrophically
    # on this input would take hours, not seconds
    assert time.perf_counter() - start < 15.0


def test_the_time_budget_is_checked():
    expired = Budget(LimitsSettings(), deadline=time.monotonic() - 1)
    from pipeline.extract import extract
    from pipeline.report import Unwrapped
    with pytest.raises(AnalysisTimeout):
        extract(Unwrapped(Reporter(), [FAKE_DPC_MAIL]), gazetteer(), expired)


def test_indicators_fit_the_report_schema():
    indicators, unwrapped = run(FAKE_DPC_MAIL, GENUINE_ANDPC_MAIL)
    report = Report(source="t", message_id=None, reporter=unwrapped.reporter, originals=unwrapped.originals,
                    indicators=indicators, verdict="fraud", confidence=0.5, needs_review=True)
    jsonschema.validate(report.to_dict(), report_schema())
    assert Report.from_dict(report.to_dict()).indicators == indicators


def test_empty_report():
    indicators, _ = run()
    assert indicators == Indicators()


def test_safelinks_in_a_forward_lead_to_the_real_target():
    html = ('<a href="https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fmailiz.mssante.fr&amp;data=05%7C02">'
            'https://mailiz.mssante.fr</a>')
    indicators, _ = run(original(html=html, text="Mailiz : https://mailiz.mssante.fr<https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fmailiz.mssante.fr&data=05>"))
    assert [(u.url, u.flags, u.official) for u in indicators.urls] == [("https://mailiz.mssante.fr/", [], True)]


def test_zero_width_characters_and_css_backgrounds():
    text = "Validez sur agence\u200bdpc-validation.com ou appelez le 01 84 60 12 34"
    html = '<div style="background-image: url(\'https://pixel.tracker-dpc.com/o.png\')">x</div><style>p{background:url(data:image/png;base64,AA)}</style>'
    indicators, _ = run(original(text=text, html=html))
    assert {u.host for u in indicators.urls} == {"agencedpc-validation.com", "pixel.tracker-dpc.com"}


def test_official_links_in_a_mail_naming_only_a_fake_body():
    text = "La direction régionale de certification périodique vous invite à consulter https://www.agencedpc.fr/professionnel/"
    indicators, _ = run(original(text=text))
    (url,) = indicators.urls
    assert url.official and url.flags == []


def test_html_links_are_capped():
    html = "".join(f'<a href="https://s{i}.example.com/">x</a>' for i in range(3000))
    indicators, unwrapped = run(original(html=html))
    assert len(indicators.urls) == 300 and unwrapped.defects


def test_mismatch_in_a_text_only_inline_forward():
    text = "Régulariser mon dossier : https://www.agencedpc.fr/professionnel/ <https://drcp-occitanie.fr/dossier?ref=9>"
    indicators, _ = run(original(text=text, style="inline"))
    (url,) = indicators.urls
    assert url.url == "https://drcp-occitanie.fr/dossier?ref=9" and url.display_text == "https://www.agencedpc.fr/professionnel/"
    assert "mismatch" in url.flags


def test_the_reporters_own_address_is_not_an_indicator():
    indicators, _ = run(original(text="Cher dr.martin@orange.fr, écrivez à dossier-dpc@gmail.com"))
    assert indicators.emails == ["dossier-dpc@gmail.com"]
