"""Campaign grouping: the same message forwarded by several doctors in several styles lands
in one campaign, different messages in different ones, whatever the order; the store does
the same incrementally, merges and splits by hand are audited, and a rebuild is stable."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from campaign_reports import build_report, file_report, load, reports
from extract_support import gazetteer
from pipeline.campaigns import (
    KEY_TEXT_FLOOR,
    TEXT_THRESHOLD,
    fingerprint,
    group,
    normalise_text,
    similarity,
    summarise,
    text_signature,
    Member,
    danger_score,
)
from pipeline.extract.organisations import load_gazetteer
from pipeline.report import Original, Person, Report, Url
from pipeline.settings import CONFIG_DIR
from pipeline.store import Store

def partition(groups: dict[int, list[int]], names: dict[int, str]) -> set[frozenset[str]]:
    """The campaigns as sets of the fixture's message names (must be one name each)."""
    return {frozenset(names[r] for r in members) for members in groups.values()}


def test_each_message_is_one_campaign_whatever_the_forward_style():
    items = reports()
    names = {i: name for i, (name, _) in enumerate(items, start=1)}
    groups = group(((i, r) for i, (_, r) in enumerate(items, start=1)), gazetteer())
    expected = {name: sorted(i for i, n in names.items() if n == name) for name in set(names.values())}
    assert sorted(groups.values()) == sorted(expected.values())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_grouping_does_not_depend_on_arrival_order(seed):
    items = list(enumerate(reports(), start=1))
    random.Random(seed).shuffle(items)
    names = {i: name for i, (name, _) in items}
    groups = group(((i, r) for i, (_, r) in items), gazetteer())
    assert all(len({names[r] for r in members}) == 1 for members in groups.values())
    assert len(groups) == len(set(names.values()))


def test_same_reports_same_order_give_the_same_ids():
    items = [(i, r) for i, (_, r) in enumerate(reports(), start=1)]
    assert group(items, gazetteer()) == group(items, gazetteer())
    # a campaign's id is its oldest report
    assert all(cid == min(members) for cid, members in group(items, gazetteer()).items())


def test_personalisation_and_tracking_tokens_do_not_hide_the_same_text():
    data = load()
    text = data["messages"]["ans_activation"]["text"]
    a = text_signature(normalise_text(text.format(name="Martin", token="u-1")))
    b = text_signature(normalise_text(text.format(name="Nguyen-Lefèvre", token="zz-999999")))
    other = text_signature(normalise_text(data["messages"]["password_reset"]["text"].format(name="Martin", token="x")))
    assert similarity(a, b) >= 0.9
    assert similarity(a, other) < 0.2


def test_official_and_freemail_domains_are_not_keys_on_their_own():
    data = load()
    newsletter = build_report({"message": "andpc_newsletter", "doctor": 0, "style": "attachment"}, data)
    keys = fingerprint(newsletter, gazetteer()).keys
    assert not any("agencedpc.fr" in k for k in keys), keys
    scam = build_report({"message": "gmail_iban", "doctor": 0, "style": "inline", "token": "T"}, data)
    keys = fingerprint(scam, gazetteer()).keys
    assert "sender:cabinet.remboursements.ordre@gmail.com" in keys
    assert "sender_domain:gmail.com" not in keys
    assert "domain:remboursement-cotisation-medecins.com" in keys
    # the two genuine ANDPC mailings share their sender, yet stay apart
    forfait = build_report({"message": "andpc_forfait", "doctor": 1, "style": "attachment"}, data)
    assert len(group([(1, newsletter), (2, forfait)], gazetteer())) == 2


def test_the_reporters_own_address_and_signature_phone_are_not_keys():
    data = load()
    report = build_report({"message": "drcp", "doctor": 0, "style": "inline", "token": "X"}, data)
    report.reporter.comment = "Dr Martin, 06 12 34 56 78"
    report.originals[0].sender = Person(report.reporter.address)  # unwrap could not tell
    keys = fingerprint(report, gazetteer()).keys
    assert not any(report.reporter.address in k for k in keys)
    assert "phone:+33184801234" in keys


def test_shortener_links_key_on_the_full_link_not_the_platform():
    data = load()
    a = build_report({"message": "drcp", "doctor": 0, "style": "typed", "typed": "un lien bit.ly reçu par SMS"}, data)
    b = replace(a, indicators=replace(a.indicators))
    a.indicators.urls = [Url("https://bit.ly/3xDpc", "bit.ly", "bit.ly", flags=["shortener"])]
    b.indicators.urls = [Url("https://bit.ly/9zOther", "bit.ly", "bit.ly", flags=["shortener"])]
    assert fingerprint(a, gazetteer()).keys == {"url:https://bit.ly/3xDpc"}
    assert len(group([(1, a), (2, b)], gazetteer())) == 2


def test_a_report_that_links_two_campaigns_merges_them_into_the_oldest():
    data = load()
    by_text = build_report({"message": "drcp", "doctor": 0, "style": "pasted", "token": "A"}, data)
    by_phone = build_report({"message": "drcp", "doctor": 1, "style": "typed",
                             "typed": "Appel du 01 84 80 12 34 ce matin, encore eux."}, data)
    # the pasted text had its link and phone cut: only its text is left
    by_text.originals[0].text = by_text.originals[0].text.split("Pour régulariser")[0]
    by_text.indicators.urls, by_text.indicators.phones = [], []
    whole = build_report({"message": "drcp", "doctor": 2, "style": "attachment", "token": "B"}, data)
    assert len(group([(1, by_text), (2, by_phone)], gazetteer())) == 2
    assert group([(1, by_text), (2, by_phone), (3, whole)], gazetteer()) == {1: [1, 2, 3]}


# --- the store -------------------------------------------------------------------------------


def file_all(store: Store, items) -> list[int]:
    return [file_report(store, report, n) for n, (_, report) in enumerate(items, start=1)]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "triage.db") as s:
        yield s


def campaigns_of(store: Store, ids: list[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for rid in ids:
        out.setdefault(store.get_report(rid).campaign_id, []).append(rid)
    return out


def test_store_assigns_incrementally_like_the_pure_grouping(store):
    items = reports()
    ids = file_all(store, items)
    assert campaigns_of(store, ids) == group(list(zip(ids, (r for _, r in items))), gazetteer())
    drcp = [rid for rid, (name, _) in zip(ids, items) if name == "drcp"]
    summary = store.campaign_summary(store.get_report(drcp[0]).campaign_id)
    assert summary.reports == 4 and summary.reporters == 4
    assert summary.verdict == "fraud"
    assert summary.organisation == "Direction régionale de certification périodique"
    assert "+33184801234" in summary.phones
    assert any("drcp-certification.fr" in link for link in summary.links)


def test_rebuild_gives_back_the_same_campaigns(store):
    ids = file_all(store, reports())
    before = campaigns_of(store, ids)
    assert store.rebuild_campaigns(gazetteer()) == len(before)
    assert campaigns_of(store, ids) == before


def test_merge_and_split_by_hand_are_audited(store):
    ids = file_all(store, reports())
    groups = campaigns_of(store, ids)
    first, second = sorted(groups)[:2]
    target = store.merge_campaigns([second, first], "agnes")
    assert target == first
    assert campaigns_of(store, ids)[first] == sorted(groups[first] + groups[second])
    assert store.resolve_campaign(second) == first
    moved = groups[second][-1]
    assert store.split_report(moved, "agnes") == moved
    assert store.get_report(moved).campaign_id == moved
    assert store.campaign_summary(moved).report_ids == [moved]
    actions = [r[0] for r in store.db.execute("SELECT action FROM audit_log WHERE user = 'agnes' ORDER BY id")]
    assert actions == ["campaign_merged", "merge_campaigns", "split_report"]


def test_splitting_the_founding_report_renumbers_the_rest(store):
    ids = file_all(store, reports())
    groups = campaigns_of(store, ids)
    founder = next(cid for cid, members in groups.items() if len(members) > 2)
    rest = groups[founder][1:]
    store.split_report(founder, "agnes")
    assert {store.get_report(r).campaign_id for r in rest} == {rest[0]}
    assert store.resolve_campaign(founder) == founder  # the founding report's own campaign now


def test_summary_orders_danger_credentials_first():
    data = load()
    fraud = summarise(1, [Member(1, build_report({"message": "ans_activation", "doctor": 0, "style": "inline", "token": "t"}, data), "2026-11-20T08:00:00Z")])
    spam = summarise(2, [Member(2, build_report({"message": "formation_droits", "doctor": 0, "style": "inline"}, data), "2026-11-20T08:00:00Z")])
    legit = summarise(3, [Member(3, build_report({"message": "andpc_newsletter", "doctor": 0, "style": "inline"}, data), "2026-11-20T08:00:00Z")])
    assert fraud.asks_credentials_or_payment
    assert fraud.danger > spam.danger > legit.danger


def test_a_staff_correction_outweighs_the_classifier():
    data = load()
    members = [Member(i, build_report({"message": "formation_droits", "doctor": i, "style": "inline"}, data), "2026-11-20T08:00:00Z") for i in range(3)]
    members[0].state = "confirmed_fraud"
    members[1].state = "confirmed_fraud"
    assert summarise(0, members).verdict == "fraud"


def test_a_staff_label_settles_the_campaign_verdict(store):
    ids = file_all(store, reports())
    formation = store.get_report(ids[4]).campaign_id  # the DPC training offer, spam by the classifier
    assert store.campaign_summary(formation).verdict == "spam"
    for member in store.campaign_members(formation):  # staff relabel each report in the review app
        store.set_label(member.report_id, "fraud", "marie.dupont")
    assert store.campaign_summary(formation).verdict == "fraud"
    assert store.db.execute("SELECT verdict FROM campaigns WHERE id = ?", (formation,)).fetchone()[0] == "fraud"


def test_a_report_split_by_hand_stays_apart_when_its_campaign_grows(store):
    items = reports()
    ids = file_all(store, items)
    drcp = [rid for rid, (name, _) in zip(ids, items) if name == "drcp"]
    store.split_report(drcp[1], "agnes")
    data = load()
    newcomer = file_report(store, build_report({"message": "drcp", "doctor": 4, "style": "attachment", "token": "N"}, data, 50), 50)
    assert store.get_report(newcomer).campaign_id == drcp[0]
    assert store.get_report(drcp[1]).campaign_id == drcp[1]


def test_a_report_carrying_two_scams_does_not_merge_their_campaigns():
    data = load()
    drcp = build_report({"message": "drcp", "doctor": 0, "style": "attachment", "token": "A"}, data)
    iban = build_report({"message": "gmail_iban", "doctor": 1, "style": "attachment", "token": "B"}, data)
    both = build_report({"message": "drcp", "doctor": 2, "style": "attachment", "token": "C"}, data)
    both.originals.append(iban.originals[0])
    both.indicators.urls += iban.indicators.urls
    assert group([(1, drcp), (2, iban), (3, both)], gazetteer()) == {1: [1, 3], 2: [2]}
    assert not any("remboursement" in k for k in fingerprint(both, gazetteer()).keys)
    # the second scam of the mail is the one already known: the report joins that campaign
    assert group([(1, iban), (2, both)], gazetteer()) == {1: [1, 2]}
    assert group([(1, iban), (2, both), (3, drcp)], gazetteer()) == {1: [1, 2], 3: [3]}


def test_known_domains_come_from_the_configuration(tmp_path):
    from pipeline.campaigns import gazetteer_for
    from pipeline.settings import ClassifierSettings, Settings, SettingsError

    known = gazetteer_for(Settings())
    assert known.official_for("agencedpc.fr") and known.is_freemail("gmail.com") and known.is_shortener("bit.ly")
    assert known.is_shared_hosting("docs.google.com") and not known.is_shared_hosting("drcp-certification.fr")
    report = build_report({"message": "drcp", "doctor": 0, "style": "attachment", "token": "A"}, load())
    report.originals[0].sender = Person("contact@certification.sante.gouv.fr")
    assert not any("gouv.fr" in k for k in fingerprint(report, known).keys)  # the State's suffix is official
    shutil.copy(CONFIG_DIR / "organisations.toml", tmp_path / "organisations.toml")
    (tmp_path / "domains.toml").write_text("freemail = [\n", "utf-8")
    broken = Settings(classifier=ClassifierSettings(organisations_file=str(tmp_path / "organisations.toml")))
    with pytest.raises(SettingsError, match="not valid TOML"):
        gazetteer_for(broken)


def test_a_shared_hosting_platform_added_by_staff_keys_on_the_full_link(tmp_path):
    report = build_report({"message": "drcp", "doctor": 0, "style": "attachment", "token": "A"}, load())
    report.indicators.urls = [Url("https://tally.so/r/dpc-2026?ref=x", "tally.so", "tally.so")]
    report.originals[0].text += "\nhttps://tally.so/r/dpc-2026?ref=x"
    assert "domain:tally.so" in fingerprint(report, gazetteer()).keys
    shutil.copy(CONFIG_DIR / "organisations.toml", tmp_path / "organisations.toml")
    shipped = (CONFIG_DIR / "domains.toml").read_text("utf-8")
    assert shipped.count("shared_hosting = [\n") == 1
    (tmp_path / "domains.toml").write_text(shipped.replace("shared_hosting = [\n", 'shared_hosting = [\n  "tally.so",\n'), "utf-8")
    keys = fingerprint(report, load_gazetteer(tmp_path / "organisations.toml")).keys
    assert "url:https://tally.so/r/dpc-2026" in keys and not any(k.startswith("domain:tally") for k in keys)


def test_the_whole_chain_groups_the_forwarded_mail(tmp_path):
    """Raw reports, as doctors' mail clients send them, through unwrap, extract and the
    rules (no model), then grouped: one campaign per message."""
    from campaign_reports import build_eml
    from pipeline.analyze import Analyzer
    from pipeline.campaigns import gazetteer_for
    from pipeline.settings import Settings

    settings = Settings()
    analyzer = Analyzer(settings, with_model=False)
    data = load()
    analysed = [(e["message"], analyzer.analyse(build_eml(e, data, n), f"{n}.eml")) for n, e in enumerate(data["reports"], start=1)]
    groups = group(((n, r) for n, (_, r) in enumerate(analysed, start=1)), gazetteer_for(settings))
    names = {n: name for n, (name, _) in enumerate(analysed, start=1)}
    assert sorted(sorted(names[r] for r in members) for members in groups.values()) == sorted(
        sorted(names[n] for n in names if names[n] == name) for name in set(names.values()))


def test_a_look_alike_domain_raises_the_danger():
    data = load()
    plain = build_report({"message": "password_reset", "doctor": 0, "style": "inline", "token": "t"}, data)
    lookalike = build_report({"message": "password_reset", "doctor": 1, "style": "inline", "token": "u"}, data)
    lookalike.indicators.urls[0].flags.append("lookalike")
    a = summarise(1, [Member(1, plain, "2026-11-20T08:00:00Z")])
    b = summarise(2, [Member(2, lookalike, "2026-11-20T08:00:00Z")])
    assert b.lookalike_domains == ["mondpc-connexion.fr"] and a.lookalike_domains == []
    assert b.danger > a.danger


def test_rebuild_command(tmp_path, capsys):
    from pipeline.cli import main

    with Store.open(tmp_path / "triage.db") as s:
        ids = file_all(s, reports())
        before = campaigns_of(s, ids)
    config = tmp_path / "settings.toml"
    config.write_text(f'[storage]\ndatabase = "{tmp_path / "triage.db"}"\n', "utf-8")
    assert main(["campaigns", "--rebuild", "--config", str(config)]) == 0
    assert capsys.readouterr().out == "7 campagne(s) après regroupement de tous les signalements\n"
    with Store.open(tmp_path / "triage.db") as s:
        assert campaigns_of(s, ids) == before


def test_an_invented_body_is_the_organisation_impersonated():
    data = load()
    report = build_report({"message": "drcp", "doctor": 0, "style": "inline", "token": "t"}, data)
    report.indicators.organisations = report.indicators.organisations * 1 + [
        replace(report.indicators.organisations[0], name="Agence nationale du DPC", fake=False, official_domain="agencedpc.fr")] * 2
    summary = summarise(1, [Member(1, report, "2026-11-20T08:00:00Z")])
    assert summary.organisation == "Direction régionale de certification périodique" and summary.fake_organisation


def test_a_fake_authority_counts_as_much_as_a_look_alike_domain():
    assert danger_score("fraud", True, False, True) == danger_score("fraud", True, True, False)
    assert danger_score("fraud", False, True, True) < danger_score("fraud", True, True, True)
    assert danger_score("spam", True, True, True) < danger_score("fraud", False, False, False)


# --- one sender's different messages: the text check on links by keys -------------------------

ONE_SENDER = Path(__file__).parent / "fixtures" / "campaigns" / "one_sender.json"


def one_sender_data() -> dict:
    data = load()
    data["messages"].update(json.loads(ONE_SENDER.read_text("utf-8"))["messages"])
    return data


def forwarded(message: str, doctor: int, style: str, token: str = "") -> Report:
    return build_report({"message": message, "doctor": doctor, "style": style, "token": token}, one_sender_data())


def described(doctor: int, words: str) -> Report:
    return build_report({"message": "callback_scam", "doctor": doctor, "style": "typed", "typed": words}, one_sender_data())


def test_two_letters_of_one_council_sharing_its_switchboard_stay_apart():
    cotisation = [forwarded("council_cotisation", d, style) for d, style in ((0, "attachment"), (3, "inline"))]
    conciliation = [forwarded("council_conciliation", d, "inline", f"{d + 3} mars 2027") for d in (1, 4)]
    shared = fingerprint(cotisation[0], gazetteer()).keys & fingerprint(conciliation[0], gazetteer()).keys
    assert shared == {"phone:+33494225130", "sender:secretariat@cdom83.fr", "sender_domain:cdom83.fr"}
    items = list(enumerate([cotisation[0], conciliation[0], cotisation[1], conciliation[1]], start=1))
    assert group(items, gazetteer()) == {1: [1, 3], 2: [2, 4]}


def test_a_training_bodys_confirmation_and_newsletter_stay_apart_its_confirmations_join():
    confirmations = [forwarded("training_registration", d, "attachment", day) for d, day in ((0, "12 mars"), (2, "4 juin"))]
    newsletter = forwarded("training_newsletter", 1, "inline", "u-5581")
    assert {"phone:+33491376218", "sender_domain:formamed-sud.fr", "domain:formamed-sud.fr"} <= (
        fingerprint(confirmations[0], gazetteer()).keys & fingerprint(newsletter, gazetteer()).keys)
    assert group([(1, confirmations[0]), (2, newsletter), (3, confirmations[1])], gazetteer()) == {1: [1, 3], 2: [2]}


def test_reworded_copies_of_one_scam_with_its_call_back_number_join():
    first = forwarded("callback_scam", 0, "attachment", "DOS-4471")
    reworded = forwarded("callback_scam_reworded", 3, "inline", "DOS-9902")
    a, b = fingerprint(first, gazetteer()), fingerprint(reworded, gazetteer())
    # not one text for the text bands, yet far nearer than two letters of one sender
    assert KEY_TEXT_FLOOR <= similarity(a.signature, b.signature) < TEXT_THRESHOLD
    assert a.keys & b.keys == {"phone:+33970248157"}
    assert group([(1, first), (2, reworded)], gazetteer()) == {1: [1, 2]}


def test_descriptions_in_the_doctors_own_words_join_by_the_number_they_give():
    sms = described(1, "Ce matin un SMS d'un numéro inconnu : mon dossier de certification aurait une anomalie "
                       "et je dois rappeler le 09 70 24 81 57 avant vendredi, sinon suspension. Je n'ai pas rappelé.")
    call = described(2, "Ma secrétaire a pris un appel pour moi : une dame parlant d'une anomalie sur ma certification "
                        "a laissé le 09.70.24.81.57 pour que je rappelle. C'est sérieux ?")
    mail = forwarded("callback_scam", 0, "attachment", "DOS-4471")
    assert len(normalise_text(sms.originals[0].text)) >= 12  # long enough to have a text, yet no copy of the message
    assert not fingerprint(sms, gazetteer()).judges_text and fingerprint(mail, gazetteer()).judges_text
    assert group([(1, sms), (2, call)], gazetteer()) == {1: [1, 2]}
    assert group([(1, mail), (2, sms), (3, call)], gazetteer()) == {1: [1, 2, 3]}
    assert group([(1, sms), (2, mail)], gazetteer()) == {1: [1, 2]}


def test_a_pasted_copy_is_not_judged_by_its_text():
    whole = forwarded("callback_scam", 0, "attachment", "DOS-4471")
    pasted = forwarded("callback_scam", 1, "pasted", "DOS-1200")
    pasted.originals[0].text = pasted.originals[0].text.split("Munissez-vous")[0]  # the part the doctor copied
    assert not fingerprint(pasted, gazetteer()).judges_text
    assert group([(1, whole), (2, pasted)], gazetteer()) == {1: [1, 2]}


def test_contacts_written_from_an_official_domain_are_not_keys():
    letter = forwarded("council_cotisation", 0, "inline")
    letter.originals[0].sender = Person("cd83@ordre.medecin.fr", "Conseil départemental du Var")
    assert fingerprint(letter, gazetteer()).keys == frozenset()
    spoofed_scam = forwarded("callback_scam", 0, "inline", "DOS-1")
    assert "phone:+33970248157" in fingerprint(spoofed_scam, gazetteer()).keys


def test_a_plain_text_stub_gives_way_to_the_html_part():
    inline = forwarded("council_cotisation", 0, "inline")
    attached = forwarded("council_cotisation", 1, "attachment")
    attached.originals[0].html = "<html><body>" + "".join(
        f"<p>{p}</p>" for p in attached.originals[0].text.split("\n\n")) + "</body></html>"
    attached.originals[0].text = "Votre client de messagerie ne peut pas afficher ce message. Consultez la version HTML.\n"
    a, b = fingerprint(inline, gazetteer()), fingerprint(attached, gazetteer())
    assert similarity(a.signature, b.signature) >= TEXT_THRESHOLD
    conciliation = forwarded("council_conciliation", 2, "inline", "3 mars 2027")
    assert group([(1, inline), (2, conciliation), (3, attached)], gazetteer()) == {1: [1, 3], 2: [2]}


def test_the_store_checks_texts_as_the_in_memory_index_does(store):
    items = [
        forwarded("council_cotisation", 0, "attachment"),
        forwarded("council_conciliation", 1, "inline", "3 mars 2027"),
        described(2, "Appel ce matin d'un soi-disant conseiller certification, numéro à rappeler 09 70 24 81 57, "
                     "il voulait mon numéro RPPS."),
        forwarded("callback_scam_reworded", 3, "inline", "DOS-9902"),
        forwarded("council_cotisation", 4, "inline"),
        forwarded("callback_scam", 5, "attachment", "DOS-4471"),
        forwarded("training_newsletter", 0, "inline", "u-1"),
        forwarded("training_registration", 1, "attachment", "12 mars"),
    ]
    ids = [file_report(store, report, n) for n, report in enumerate(items, start=1)]
    expected = group(list(zip(ids, items)), gazetteer())
    assert campaigns_of(store, ids) == expected
    assert sorted(expected.values()) == sorted([[ids[0], ids[4]], [ids[1]], [ids[2], ids[3], ids[5]], [ids[6]], [ids[7]]])
    assert store.rebuild_campaigns(gazetteer()) == len(expected)
    assert campaigns_of(store, ids) == expected


def test_texts_stored_before_the_check_never_veto_a_link(store):
    first = forwarded("council_cotisation", 0, "attachment")
    rid = file_report(store, first, 1)
    with store.transaction() as db:  # as filed by an older version, before the column existed
        db.execute("UPDATE report_signatures SET judges_text = NULL")
    assert list(store.member_signatures(rid)) == [()]
    other = file_report(store, forwarded("council_conciliation", 1, "inline", "3 mars 2027"), 2)
    assert store.get_report(other).campaign_id == rid
