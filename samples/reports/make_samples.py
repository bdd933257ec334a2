"""Write the sample reports shipped for `make run` and the README.

    python samples/reports/make_samples.py

The originals below are hand-written for the samples only (none of them is in the
training corpus); the reports are wrapped by the corpus generator's forward styles
(models/training/build.py), with fixed reporters, so the files are reproducible. Two
samples are written byte by byte because no mail library would produce them: a hostile
subject and a malformed message. README.md says what each file is.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "models" / "training"))

from build import Builder, Original, Reporter, build_report, build_typed_report  # noqa: E402

CERTIFICATION = Original(
    id="sample-certification", split="sample", label="fraud", family="fake_certification", lang="fr",
    kind="email", sender="Direction Régionale de Certification Périodique Occitanie <validation@drcp-occitanie.fr>",
    reply_to="drcp.occitanie.dossiers@gmail.com",
    subject="Dernier avis : certification périodique non validée - risque de radiation",
    body='''
Docteur {NOM},

La Direction Régionale de Certification Périodique n'a reçu aucun justificatif concernant votre parcours. Conformément aux textes en vigueur, votre dossier sera transmis pour RADIATION le {DATE} si aucune validation n'est effectuée.

Pour régulariser votre situation en 5 minutes, connectez-vous avec vos identifiants Mon DPC :

[https://www.agencedpc.fr/professionnel/validation](https://drcp-occitanie.fr/validation/medecin?dossier={REF})

Pour toute question, votre conseillère régionale est joignable au 05 32 09 48 71.

Direction Régionale de Certification Périodique - Occitanie
''')

RESET = Original(
    id="sample-reset", split="sample", label="fraud", family="unsolicited_reset", lang="fr", kind="email",
    sender="Mon espace Certification <securite@moncompte-certification-sante.fr>",
    subject="Confirmez la réinitialisation de votre mot de passe",
    body='''
Bonjour,

Une demande de réinitialisation du mot de passe de votre espace de certification périodique vient d'être enregistrée.

Si vous n'êtes pas à l'origine de cette demande, votre compte risque d'être piraté : annulez-la immédiatement en vous identifiant ci-dessous.

[Annuler la demande et sécuriser mon compte](https://bit.ly/4secu-certif)

Le service Sécurité des comptes
''')

TRAINING_CALL = Original(
    id="sample-call", split="sample", label="fraud", family="dpc_training_call", lang="fr", kind="call",
    body='''
Bonjour,

J'ai reçu ce matin un appel d'une personne se présentant comme « conseiller de l'ANDPC, service des droits de formation ». Il m'a expliqué qu'il me restait 1 400 € de droits DPC qui seraient perdus au 31 décembre et qu'il pouvait m'inscrire tout de suite à une formation en ligne, « sans rien avancer ».

Pour cela il voulait que je lui donne mon identifiant et mon mot de passe mondpc.fr, puis le code que j'allais recevoir par SMS. J'ai refusé et il a insisté en disant que ma certification périodique serait bloquée.

Le numéro affiché était le 01 84 25 63 90, il a dit travailler pour « Santé Avenir Formation ».

Je vous le signale comme le demande votre circulaire.
''')

HONEST_TRAINING = Original(
    id="sample-spam", split="sample", label="spam", family="dpc_training_offer", lang="fr", kind="email",
    sender="Formations Médicales du Val de Loire <contact@fmvl-formation.fr>",
    subject="Nouvelle action DPC : repérage précoce de la BPCO en soins primaires",
    unsubscribe="https://www.fmvl-formation.fr/desinscription",
    body='''
Chères consœurs, chers confrères,

Notre association organise une action de DPC « Repérage précoce de la BPCO en soins primaires » (7 heures, Tours, samedi 7 février), animée par deux pneumologues et un médecin généraliste.

L'action est enregistrée auprès de l'ANDPC sous le n° 37152600041. Si vous souhaitez une prise en charge, inscrivez-vous vous-même sur www.mondpc.fr ; nous ne vous demanderons jamais vos identifiants.

Programme : [www.fmvl-formation.fr/bpco](https://www.fmvl-formation.fr/bpco)

Formations Médicales du Val de Loire - association loi 1901 - SIRET 441 093 872 00026
[Se désinscrire](https://www.fmvl-formation.fr/desinscription)
''')

GENUINE_ANDPC = Original(
    id="sample-andpc", split="sample", label="legitimate", family="andpc_official", lang="fr", kind="email",
    sender="Agence nationale du DPC <ne-pas-repondre@agencedpc.fr>",
    subject="Certification périodique et DPC : ce qui change pour votre compte",
    comment="Bonjour,\n\nJ'ai reçu ce message qui parle de certification périodique et de mot de passe. Après votre circulaire sur les arnaques, je préfère vous demander : est-il authentique ?\n\nMerci",
    body='''
Madame, Monsieur,

Vos actions de DPC seront désormais reprises automatiquement dans votre compte personnel de certification périodique, géré par l'Agence du Numérique en Santé. Vous n'avez aucune démarche à faire.

Nous vous rappelons que l'Agence ne vous contactera jamais par téléphone pour vous proposer une formation et ne vous demandera jamais votre mot de passe. Pour consulter votre compte, tapez vous-même l'adresse [www.mondpc.fr](https://www.mondpc.fr).

Informations : [https://www.agencedpc.fr/professionnel/](https://www.agencedpc.fr/professionnel/)

L'Agence nationale du Développement Professionnel Continu
''')

COTISATION = Original(
    id="sample-cotisation", split="sample", label="fraud", family="fake_ordre_cotisation", lang="fr", kind="email",
    sender="Ordre des Médecins - Service Cotisations <cotisations@ordremedecins-paiement.fr>",
    subject="Cotisation ordinale : dernier rappel avant majoration",
    body='''
Docteur {NOM},

Votre cotisation ordinale reste impayée. Sans règlement sous 5 jours, une majoration de 10 % sera appliquée et votre dossier transmis au service contentieux.

[Payer en ligne par carte bancaire](https://ordremedecins-paiement.fr/cb?ref={REF})

Service des cotisations - Ordre des médecins
''')

AMELI = Original(
    id="sample-ameli", split="sample", label="fraud", family="fake_ameli", lang="fr", kind="email",
    sender="ameli.fr <information@ameli-pro-securite.com>",
    subject="Votre carte CPS doit être réactivée",
    body='''
Docteur,

Suite à la mise à jour du système de télétransmission, votre carte CPS doit être réactivée avant le {DATE}. Sans réactivation, vos feuilles de soins électroniques seront rejetées.

[Réactiver ma carte](https://ameli-pro-securite.com/cps)

L'Assurance Maladie
''')

URSSAF = Original(
    id="sample-urssaf", split="sample", label="fraud", family="fake_urssaf", lang="fr", kind="email",
    sender="Urssaf <contact@urssaf-medecins-regularisation.com>",
    subject="Remboursement de cotisations en attente",
    body='''
Bonjour,

Un remboursement de cotisations de {MONTANT} € est en attente en votre faveur. Confirmez votre RIB pour le recevoir sous 48h :

[Confirmer mon RIB](https://urssaf-medecins-regularisation.com/rib)

Votre Urssaf
''')

M365 = Original(
    id="sample-m365", split="sample", label="fraud", family="credential_phishing", lang="en", kind="email",
    sender="IT Service Desk <it-helpdesk@hospital-mail-upgrade.com>",
    subject="Action required: mailbox migration",
    body='''
Dear user,

Your hospital mailbox {EMAIL} is scheduled for migration to the new Microsoft 365 platform tonight. To avoid losing your emails, please confirm your login details before 6 pm.

[Confirm my mailbox](https://hospital-mail-upgrade.com/o365/confirm?u={EMAIL})

IT Service Desk
''')

COLLEAGUE = Original(
    id="sample-colleague", split="sample", label="legitimate", family="correspondence", lang="fr", kind="email",
    sender="Dr Bertrand Lacroix <b.lacroix.pneumo@orange.fr>",
    subject="Ton patient M. T. - résultats EFR",
    comment="Bonjour, je ne connais pas bien ce confrère et le message est arrivé dans mes indésirables. Pouvez-vous me dire s'il n'y a pas de risque ?",
    html=False,
    body='''
Bonjour,

J'ai vu ton patient M. T. ce matin. Les EFR montrent un trouble ventilatoire obstructif modéré, réversible. Je te propose de débuter un traitement de fond ; je lui ai remis une ordonnance et le reverrai dans trois mois.

Courrier complet par messagerie sécurisée.

Bien amicalement,
Bertrand Lacroix
Pneumologue, 14 rue Nationale, 37000 Tours
''')

SMS_CERTIFICATION = Original(
    id="sample-sms", split="sample", label="fraud", family="fake_certification", lang="fr", kind="sms",
    sender="06 52 38 91 07",
    body='''
Dr {NOM}, votre certification periodique n'est pas validee. Sans action avant le {DATE} votre dossier sera transmis pour radiation. Validez: https://drcp-occitanie.fr/v/{REF}
''')


def reporter(name: str, address: str, signature: str, department: tuple[str, str, str]) -> Reporter:
    return Reporter(name, address, signature, department)


TOURS = ("37", "Tours", "02")
COUNCIL = "signalement@cdom37.ordre.medecin.fr"
DOCTORS = {
    "claire": reporter("Claire Rousseau", "claire.rousseau37@gmail.com",
                       "Dr Claire Rousseau\nMédecin généraliste\n8 rue Colbert, 37000 Tours\nTél. 02 47 61 20 35", TOURS),
    "julien": reporter("Julien Masson", "dr.masson@wanadoo.fr", "Dr J. Masson", TOURS),
    "nadia": reporter("Nadia Benali", "nadia.benali@icloud.com", "", TOURS),
    "olivier": reporter("Olivier Chevalier", "o.chevalier@laposte.net",
                        "Olivier Chevalier\nPédiatre - 22 avenue de Grammont, 37000 Tours\n02 47 05 88 14", TOURS),
    "helene": reporter("Hélène Garnier", "helene.garnier@chu-tours.fr",
                       "Dr Hélène Garnier\nService de médecine interne\nCHRU de Tours - poste 7 42 18", TOURS),
    "remi": reporter("Rémi Dufour", "remi.dufour@free.fr", "Dr Rémi Dufour\n06 71 44 20 93", TOURS),
    "agnes": reporter("Agnès Lemoine", "agnes.lemoine@orange.fr", "Agnès Lemoine\nMédecin généraliste, Amboise", TOURS),
    "yves": reporter("Yves Poirier", "cabinet.poirier@sfr.fr", "Dr Yves Poirier\nCardiologue\nTél. 02 47 20 13 50", TOURS),
    "ines": reporter("Inès Carpentier", "ines.carpentier@hotmail.fr", "", TOURS),
    "mehdi": reporter("Mehdi Haddad", "m.haddad@chu-tours.fr", "Mehdi Haddad, MD\nEmergency department, CHRU Tours", TOURS),
    "sophie": reporter("Sophie Blanchard", "sophie.blanchard@yahoo.fr", "Dr Sophie Blanchard\nDermatologue", TOURS),
}

# (file name, style, originals, reporter): the samples README.md describes.
PLAN = (
    ("01-certification-gmail-inline.eml", "gmail_fr_old", [CERTIFICATION], "claire"),
    ("02-certification-outlook-attached.eml", "attached_rfc822", [CERTIFICATION], "julien"),
    ("03-certification-iphone-forward.eml", "ios_fr", [CERTIFICATION], "nadia"),
    ("04-password-reset-thunderbird.eml", "thunderbird_fr", [RESET], "olivier"),
    ("05-password-reset-owa.eml", "owa_fr", [RESET], "helene"),
    ("06-phone-call-dpc-training.eml", "typed", [TRAINING_CALL], "remi"),
    ("07-honest-dpc-training-offer.eml", "outlook_fr", [HONEST_TRAINING], "agnes"),
    ("08-genuine-andpc-doubted.eml", "attached_eml", [GENUINE_ANDPC], "yves"),
    ("09-secretary-forwards-cotisation-scam.eml", "nested_attached", [COTISATION], "ines"),
    ("10-two-scams-one-report.eml", "two_attached", [AMELI, URSSAF], "sophie"),
    ("11-english-mailbox-phishing.eml", "outlook_en", [M365], "mehdi"),
    ("12-colleague-letter-doubted.eml", "apple_fr", [COLLEAGUE], "agnes"),
    ("15-sms-certification-typed.eml", "typed", [SMS_CERTIFICATION], "claire"),
)

HOSTILE = b"""From: =?utf-8?q?Dr_Fran=C3=A7ois_Henry?= <francois.henry@orange.fr>
To: signalement@cdom37.ordre.medecin.fr
Subject: Fwd: <script>alert(1)</script> Votre compte <b>DPC</b> sera suspendu
Date: Mon, 17 Nov 2025 09:12:44 +0100
Message-ID: <20251117091244.4f2a@orange.fr>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><div>Bonjour, encore un mail bizarre, le sujet est tr\xc3\xa8s \xc3\xa9trange.</div>
<div>Dr Fran\xc3\xa7ois Henry</div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>
De : <strong class="gmail_sendername" dir="auto">"https://www.agencedpc.fr" &lt;img src=x onerror=alert(2)&gt;</strong> <span dir="auto">&lt;<a href="mailto:alerte@andpc-comptes.net">alerte@andpc-comptes.net</a>&gt;</span><br>
Date: lun. 17 nov. 2025 \xc3\xa0 07:58<br>
Subject: &lt;script&gt;alert(1)&lt;/script&gt; Votre compte &lt;b&gt;DPC&lt;/b&gt; sera suspendu<br>
To: &lt;francois.henry@orange.fr&gt;<br></div><br><br>
<p>Docteur,</p>
<p>Votre compte DPC sera suspendu sous 24 heures faute de validation de vos identifiants.</p>
<p><a href="javascript:alert(3)">Valider</a> ou <a href="https://andpc-comptes.net/valider" onclick="alert(4)">https://www.agencedpc.fr/valider</a></p>
<img src="https://andpc-comptes.net/pixel.gif?u=francois.henry" width="1" height="1">
<form action="https://andpc-comptes.net/collect" method="post"><input name="password" type="password"></form>
<meta http-equiv="refresh" content="0; url=https://andpc-comptes.net/go">
<style>body { background: url(https://andpc-comptes.net/bg.png) }</style>
<p>Service des comptes ANDPC</p>
</div></body></html>
"""

# A forward as a broken client sent it: undeclared 8-bit Latin-1 in the headers, an unknown
# charset, a multipart boundary that is never closed, truncated base64 in the attached
# original, and a part without headers.
MALFORMED = (
    b"From: Dr Jos\xe9 Mercier <jose.mercier@wanadoo.fr>\n"
    b"To: signalement@cdom37.ordre.medecin.fr\n"
    b"Subject: TR: Activation de votre compte de certification p\xe9riodique\n"
    b"Date: 31 Nov 2025 25:61:00 +0100\n"
    b"MIME-Version: 1.0\n"
    b"Content-Type: multipart/mixed; boundary=\"XYZ-broken\"\n"
    b"\n"
    b"--XYZ-broken\n"
    b"Content-Type: text/plain; charset=\"x-unknown-8859\"\n"
    b"Content-Transfer-Encoding: quoted-printable\n"
    b"\n"
    b"Bonjour, voici le message re=E7u (le pr=E9c=E9dent n'est pas parti). Je n'ai pas cliqu=\n"
    b"=E9.=\n"
    b"\n"
    b"--XYZ-broken\n"
    b"Content-Type: message/rfc822\n"
    b"\n"
    b"From: Agence du Numerique en Sante <activation@ans-certification-compte.fr>\n"
    b"Subject: Activation de votre compte\n"
    b"Date: Fri, 28 Nov 2025 08:03:10 +0100\n"
    b"Content-Type: text/plain; charset=utf-8\n"
    b"Content-Transfer-Encoding: base64\n"
    b"\n"
    b"Qm9uam91ciBEb2N0ZXVyLAoKVm90cmUgY29tcHRlIGRlIGNlcnRpZmljYXRpb24gcMOpcmlvZGlx\n"
    b"dWUgZG9pdCDDqnRyZSBhY3RpdsOpIGF2YW50IHZlbmRyZWRpIDogaHR0cHM6Ly9hbnMtY2VydGlm\n"
    b"aWNhdGlvbi1jb21wdGUuZnIvYWN0aXZlcgoKTXVuaXNzZXotdm91cyBkZSB2b3MgaWRlbnRpZmlh\n"
    b"bnRzIE1vbiBEUEMu\n"
    b"Qm9uam91=\n"
    b"--XYZ-broken\n"
    b"\n"
    b"\xff\xfe garbage without headers \x00\x01\n"
)


def main() -> None:
    rng = random.Random("triage-samples")
    builder = Builder(rng)
    for name, style, originals, who in PLAN:
        doctor = DOCTORS[who]
        if style == "typed":
            raw, _ = build_typed_report(builder, originals[0], doctor, COUNCIL)
        else:
            raw = build_report(builder, style, originals, doctor, COUNCIL)
        (HERE / name).write_bytes(raw)
    (HERE / "13-hostile-subject-and-html.eml").write_bytes(HOSTILE)
    (HERE / "14-malformed-message.eml").write_bytes(MALFORMED)


if __name__ == "__main__":
    main()
