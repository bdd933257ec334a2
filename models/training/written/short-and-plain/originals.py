# -*- coding: utf-8 -*-
"""Hand-written originals for set written_k (short, ordinary-looking messages).

E-mail body markup: [shown text](real target) is a link; everything else is
plain text.  A domain typed as plain text in a body counts as a link domain.
phones: numbers exactly as displayed in the original (converted to E.164 by build.py).
Typed originals (SMS, calls, voicemails, WhatsApp) carry no fixed text: the
doctor's own words are written per report in build.py, and 'facts' lists the
link texts / numbers that those words must contain.
"""

def E(id, label, lang, frm, subject, date, body, phones=(), reply_to=None,
      attach=(), to=None, html=True):
    return dict(id=id, kind="email", label=label, lang=lang, frm=frm,
                subject=subject, date=date, body=body, phones=list(phones),
                reply_to=reply_to, attach=list(attach), to=to, html=html)


def T(id, label, lang, kind, phones=(), links=()):
    """Typed-only original (sms / call / voicemail / whatsapp)."""
    return dict(id=id, kind=kind, label=label, lang=lang, phones=list(phones),
                links=list(links))


def HTM(url):
    return ("<html><head><meta http-equiv=\"refresh\" content=\"0; url=%s\">"
            "</head><body>Chargement du document...</body></html>\n" % url)


ORIGINALS = [
# ---------------------------------------------------------------- FRAUD, FR, e-mail
E("k001", "fraud", "fr", "Dr Laurent Mercier <dr.laurent.mercier59@gmail.com>",
  "Petit service", "Tue, 14 Oct 2025 08:12:40 +0200",
  "Bonjour,\n\nTu es au cabinet ce matin ? J'aurais besoin d'un petit service, "
  "réponds-moi par mail quand tu as deux minutes.\n\nLaurent\n"),
E("k002", "fraud", "fr", "Anne Rousseau <anne.rousseau.cabinet@outlook.fr>",
  "Facture remplaçant", "Thu, 06 Nov 2025 17:45:03 +0100",
  "Coucou,\n\nJe suis coincée en formation jusqu'à vendredi et je n'ai pas accès à ma banque. "
  "Est-ce que tu pourrais régler pour moi la facture de mon remplaçant (1 240 €) ? "
  "Je te rembourse lundi sans faute. Son RIB est en pièce jointe.\n\nMerci mille fois,\nAnne\n",
  attach=[("RIB_Dr_Nguyen.pdf", "application/pdf", "%PDF-1.4\n% RIB\n")]),
E("k003", "fraud", "fr", "Mme Sandrine Garnier <s.garnier1974@laposte.net>",
  "Résultats", "Mon, 08 Dec 2025 21:03:11 +0100",
  "Bonsoir Docteur, voici les résultats de prise de sang comme vous me l'aviez demandé.\n",
  attach=[("Resultats_bilan_0412.htm", "text/html",
           HTM("https://resultats-labo-partage.com/view/0412"))]),
E("k004", "fraud", "fr", "Service comptabilité Medistock <comptabilite@medistock-fournitures.com>",
  "Changement de coordonnées bancaires", "Wed, 17 Sep 2025 10:21:54 +0200",
  "Bonjour,\n\nSuite à un changement d'établissement bancaire, nous vous remercions de bien vouloir "
  "utiliser le RIB joint pour le règlement de vos prochaines factures.\n\n"
  "Restant à votre disposition,\n\nBien cordialement,\nCorinne Baudry\nService comptabilité\n",
  reply_to="compta.medistock@gmail.com",
  attach=[("Nouveau_RIB_Medistock.pdf", "application/pdf", "%PDF-1.4\n% RIB\n")]),
E("k005", "fraud", "fr", "Secrétariat CDOM <secretariat.cdom.69@gmail.com>",
  "Question rapide", "Fri, 21 Nov 2025 09:02:17 +0100",
  "Bonjour Docteur,\n\nÊtes-vous disponible aujourd'hui ? J'ai une petite question concernant votre "
  "dossier d'inscription au tableau.\n\nCordialement,\nSylvie\nSecrétariat du Conseil départemental\n"),
E("k006", "fraud", "fr", "Ordre des médecins <notification@ordre-medecins-fr.org>",
  "Mise à jour de votre fiche au tableau", "Tue, 02 Dec 2025 07:55:00 +0100",
  "Docteur,\n\nLes informations de votre fiche au tableau doivent être confirmées avant le 31 décembre.\n\n"
  "[Accéder à mon espace](https://espace.ordre-medecins-fr.org/confirmation?id=FR88231)\n\n"
  "Conseil national de l'Ordre des médecins\n"),
E("k007", "fraud", "fr", "Doctolib <no-reply@doctolib-pro.info>",
  "Nouvelle connexion à votre compte", "Sat, 11 Oct 2025 22:40:19 +0200",
  "Une connexion depuis un nouvel appareil (Windows, Lyon) a été détectée sur votre compte praticien.\n"
  "Si ce n'était pas vous : [sécuriser mon compte](https://doctolib-pro.info/securite/compte)\n\n"
  "L'équipe Doctolib\n"),
E("k008", "fraud", "fr", "ameli pro <info@ameli-pro-services.fr>",
  "Votre relevé d'honoraires", "Mon, 03 Nov 2025 06:30:00 +0100",
  "Votre relevé d'honoraires d'octobre est disponible.\n[Consulter mon relevé](https://ameli-pro-services.fr/releve/2025-10)\n"),
E("k009", "fraud", "fr", "Agence du Numérique en Santé <contact@ans-certification.fr>",
  "Votre compte certification périodique", "Thu, 25 Sep 2025 14:12:09 +0200",
  "Docteur,\n\nVotre compte personnel de certification périodique a été créé. Un conseiller "
  "vous contactera pour finaliser son activation avec vous.\n\nVous pouvez aussi nous joindre au 01 87 65 43 21 "
  "du lundi au vendredi.\n\nService Certification\n",
  phones=["01 87 65 43 21"]),
E("k010", "fraud", "fr", "Julien - Mon DPC <julien.conseil@mon-dpc-formations.fr>",
  "Vos heures de formation 2025", "Tue, 30 Sep 2025 11:48:33 +0200",
  "Bonjour Docteur,\n\nSauf erreur, il vous reste des heures de formation prises en charge cette année. "
  "Je peux vous appeler cette semaine pour faire le point ?\n\nBelle journée,\nJulien\n"
  "Conseiller Mon DPC\n09 70 19 23 45\n",
  phones=["09 70 19 23 45"]),
E("k011", "fraud", "fr", "Crédit Agricole <conseiller@ca-pro-messagerie.com>",
  "Message de votre conseiller", "Wed, 14 Jan 2026 16:05:41 +0100",
  "Bonjour,\n\nUn nouveau document est disponible dans votre messagerie sécurisée.\n\n"
  "[Voir le document](https://ca-pro-messagerie.com/doc/88213)\n\nVotre conseiller professionnel\n"),
E("k012", "fraud", "fr", "Cabinet Dr Blanc <secretariat@cabinet-blanc-medecins.fr>",
  "Courrier patient", "Mon, 19 Jan 2026 11:17:26 +0100",
  "Bonjour, veuillez trouver ci-joint le courrier concernant notre patient commun.\n",
  attach=[("Courrier_patient_commun.htm", "text/html",
           HTM("https://sharepoint-docs-view.com/s/cabinet/77120"))]),
E("k013", "fraud", "fr", "DocuSign <dse@docusign-mail.net>",
  "Contrat de remplacement à signer", "Fri, 12 Sep 2025 09:33:02 +0200",
  "Dr Morel vous a envoyé un document à consulter et à signer.\n\n"
  "[CONSULTER LE DOCUMENT](https://docusign-mail.net/r/8812-ab)\n\nNe partagez pas ce message.\n"),
E("k014", "fraud", "fr", "Microsoft 365 <no-reply@msonline-verify.com>",
  "Espace de stockage", "Sun, 16 Nov 2025 03:14:51 +0100",
  "Votre espace de stockage est presque plein (98 %).\n[Gérer le stockage](https://msonline-verify.com/storage?u=cabinet)\n"),
E("k015", "fraud", "fr", "impots.gouv.fr <ne-pas-repondre@dgfip-remboursement.fr>",
  "Avis de remboursement", "Thu, 04 Dec 2025 19:20:10 +0100",
  "Bonjour,\n\nAprès le dernier calcul de votre impôt, vous pouvez bénéficier d'un remboursement de 218,40 €.\n"
  "[Accéder au formulaire](https://dgfip-remboursement.fr/formulaire)\n\nDirection générale des Finances publiques\n"),
E("k016", "fraud", "fr", "Urssaf <contact@urssaf-cotisants.com>",
  "Votre attestation", "Tue, 13 Jan 2026 08:00:00 +0100",
  "Votre attestation de vigilance est disponible dans votre espace.\n[Télécharger](https://urssaf-cotisants.com/attestation)\n"),
E("k017", "fraud", "fr", "Pro Santé Connect <no-reply@prosanteconnect-esante.fr>",
  "Renouvellement de votre e-CPS", "Mon, 27 Oct 2025 10:02:45 +0100",
  "Docteur,\n\nVotre e-CPS arrive à échéance. Vous pouvez la réactiver depuis votre espace :\n"
  "[https://wallet.esante.gouv.fr](https://esante-ecps-renouvellement.com/activation)\n\n"
  "Agence du Numérique en Santé\n"),
E("k018", "fraud", "fr", "Mon DPC <noreply@mondpc-agence.fr>",
  "Réinitialisation de votre mot de passe", "Wed, 22 Oct 2025 05:51:12 +0200",
  "Bonjour,\n\nVous avez demandé la réinitialisation de votre mot de passe.\n"
  "[Réinitialiser mon mot de passe](https://mondpc-agence.fr/reset?t=9a7f21)\n\n"
  "Si vous n'êtes pas à l'origine de cette demande, cliquez sur le même lien pour sécuriser votre compte.\n"),
E("k019", "fraud", "fr", "Direction régionale de certification périodique <drcp.occitanie@certif-periodique.fr>",
  "Votre parcours", "Fri, 10 Oct 2025 15:26:38 +0200",
  "Bonjour Docteur,\n\nSauf erreur, nous n'avons pas encore eu de retour de votre part concernant votre parcours. "
  "Pouvez-vous nous rappeler au 04 65 84 21 09 lorsque vous aurez un moment ?\n\nCordialement,\n"
  "Mme Fabre\nDirection régionale de certification périodique\n",
  phones=["04 65 84 21 09"]),
E("k021", "fraud", "fr", "Hélène Pichon <helene.pichon@orange.fr>",
  "dossier", "Sat, 06 Dec 2025 13:58:22 +0100",
  "Bonjour,\n\nje te partage le dossier dont on a parlé.\n\n[Ouvrir le dossier partagé](https://drive-partage-docs.com/h/4471)\n\nHélène\n"),
E("k022", "fraud", "fr", "OVHcloud <facturation@ovh-renouvellement.com>",
  "Renouvellement de votre nom de domaine", "Mon, 15 Sep 2025 07:12:00 +0200",
  "Bonjour,\n\nLe renouvellement automatique de votre nom de domaine n'a pas pu être effectué.\n"
  "[Mettre à jour mon moyen de paiement](https://ovh-renouvellement.com/paiement/771)\n\nL'équipe OVHcloud\n"),
E("k023", "fraud", "fr", "CPAM du Rhône <cpam69@assurance-maladie-info.com>",
  "Régularisation", "Tue, 18 Nov 2025 14:40:27 +0100",
  "Bonjour Docteur,\n\nUn indu de 64,00 € a été constaté sur vos télétransmissions du mois dernier. "
  "Vous pouvez le régler en ligne :\n[Régler l'indu](https://assurance-maladie-info.com/paiement/indu)\n\n"
  "Service des relations avec les professionnels de santé\n"),
E("k024", "fraud", "fr", "Doctolib Facturation <facturation@doctolib-factures.com>",
  "Facture de novembre", "Mon, 01 Dec 2025 09:15:00 +0100",
  "Bonjour,\n\nLe prélèvement de votre abonnement n'a pas pu être effectué ce mois-ci. "
  "Merci de mettre à jour vos coordonnées bancaires dans votre [espace facturation](https://doctolib-factures.com/billing).\n\n"
  "Bien à vous,\nL'équipe Doctolib\n"),
E("k025", "fraud", "fr", "HAS - Enquêtes <enquete@has-sante-enquetes.fr>",
  "Enquête pratiques 2025", "Wed, 05 Nov 2025 10:44:18 +0100",
  "Docteur,\n\nLa Haute Autorité de santé vous invite à participer à une enquête de 5 minutes sur vos pratiques. "
  "Connexion avec votre numéro RPPS et votre mot de passe ameli pro :\n"
  "[Commencer l'enquête](https://has-sante-enquetes.fr/q/2025)\n\nMerci de votre participation.\n"),
E("k026", "fraud", "fr", "Clinique Lémanique - Recrutement <recrutement.clinique.lemanique@gmail.com>",
  "Proposition de remplacement", "Thu, 22 Jan 2026 18:09:40 +0100",
  "Bonjour Docteur,\n\nNous recherchons un médecin généraliste pour des remplacements réguliers à Genève "
  "(honoraires 1 100 CHF/jour, logement fourni). Votre profil nous intéresse.\n\n"
  "Pour l'ouverture du dossier auprès de l'autorité cantonale, des frais de 180 € sont à régler par virement "
  "et vous seront remboursés avec votre premier règlement.\n\nBien cordialement,\nM. Rochat\n"),
E("k027", "fraud", "fr", "MSSanté <admin@mssante-messagerie.fr>",
  "Votre messagerie sécurisée", "Tue, 09 Dec 2025 12:01:55 +0100",
  "Bonjour,\n\nVotre boîte MSSanté va être migrée vers la nouvelle version. "
  "Merci de confirmer votre adresse : [Confirmer](https://mssante-messagerie.fr/migration/confirm)\n"),
E("k028", "fraud", "fr", "Conseil départemental de l'Ordre <cotisation@cdom-ordre.fr>",
  "Cotisation ordinale 2026", "Mon, 12 Jan 2026 09:30:12 +0100",
  "Docteur,\n\nSauf erreur de notre part, le règlement de votre cotisation 2026 ne nous est pas parvenu. "
  "Vous trouverez ci-joint nos coordonnées bancaires pour un virement.\n\nLe secrétariat\n",
  attach=[("Cotisation_2026_RIB.pdf", "application/pdf", "%PDF-1.4\n% cotisation\n")]),
E("k029", "fraud", "fr", "Dr Marc Lemoine <marc.lemoine.medecin@gmail.com>",
  "Re: garde de samedi", "Fri, 16 Jan 2026 12:22:03 +0100",
  "Salut,\n\nJe t'ai envoyé la liste sur WhatsApp mais je crois que tu n'as pas mon nouveau numéro : 07 56 81 30 42. "
  "Tu peux m'y écrire ?\n\nMarc\n",
  phones=["07 56 81 30 42"]),
E("k030", "fraud", "fr", "La Banque Postale <service.client@labanquepostale-securite.com>",
  "Ajout d'un bénéficiaire", "Sun, 23 Nov 2025 20:48:31 +0100",
  "Bonjour,\n\nUn nouveau bénéficiaire a été ajouté à votre compte. Si vous n'êtes pas à l'origine de cet ajout, "
  "contactez notre service au 01 84 80 22 17.\n\nLa Banque Postale\n",
  phones=["01 84 80 22 17"]),
E("k031", "fraud", "fr", "Agence nationale du DPC <contact@andpc-info.fr>",
  "Information", "Wed, 01 Oct 2025 08:47:09 +0200",
  "Docteur,\n\nMerci de compléter votre profil sur www.andpc-info.fr afin que vos actions 2025 soient prises en compte.\n\n"
  "ANDPC\n"),
E("k032", "fraud", "fr", "Pharmacie du Centre <pharmacie.centre.saintjean@hotmail.com>",
  "Ordonnance", "Thu, 15 Jan 2026 10:05:14 +0100",
  "Bonjour Docteur,\n\nPouvez-vous nous confirmer l'ordonnance ci-jointe ? Le patient attend au comptoir.\n\nLa pharmacie\n",
  attach=[("Ordonnance_scan.pdf.htm", "text/html", HTM("https://ordonnance-verif.net/scan/5521"))]),
E("k033", "fraud", "fr", "Maxime - Plateforme Formation Santé <m.durand@certification-medecins.fr>",
  "Certification périodique", "Mon, 06 Oct 2025 13:35:52 +0200",
  "Bonjour Docteur,\n\nJe me permets de vous écrire au sujet de votre certification périodique. "
  "Nous accompagnons les médecins dans la création de leur compte et le choix de leurs actions, "
  "sans aucun frais grâce à vos droits DPC.\n\nPuis-je vous appeler ? 01 59 13 48 72\n\nMaxime Durand\n",
  phones=["01 59 13 48 72"]),
E("k034", "fraud", "fr", "Chronopost <suivi@chronopost-livraison-fr.com>",
  "Votre colis", "Tue, 25 Nov 2025 07:31:00 +0100",
  "Votre colis n° XY482119035FR n'a pas pu être livré. [Choisir un nouveau créneau](https://chronopost-livraison-fr.com/creneau)\n"),
E("k035", "fraud", "fr", "Dr Isabelle Caron <isabelle.caron@cabinet-medical-lesroses.fr>",
  "Document", "Wed, 28 Jan 2026 16:44:09 +0100",
  "Bonjour, je vous transmets le document via notre espace sécurisé : "
  "[Document_Confidentiel.pdf](https://eu-docsafe.net/d/caron)\nBonne fin de journée\n"),

# ---------------------------------------------------------------- FRAUD, EN, e-mail
E("k040", "fraud", "en", "Microsoft OneDrive <no-reply@onedrive-filesshare.com>",
  "Dr. Keller shared \"Q4 invoices.xlsx\" with you", "Mon, 10 Nov 2025 15:02:11 +0000",
  "Dr. Keller shared a file with you.\n\n[Open](https://onedrive-filesshare.com/x/q4inv)\n"),
E("k041", "fraud", "en", "DocuSign <dse@docusign-review.net>",
  "Please review and sign: Locum agreement", "Wed, 03 Dec 2025 09:18:44 +0000",
  "Hello,\n\nSt Mary's Medical Practice sent you a document to review and sign.\n\n"
  "[REVIEW DOCUMENT](https://docusign-review.net/env/33ab1)\n"),
E("k042", "fraud", "en", "John Harris <john.harris.md@outlook.com>",
  "Are you available?", "Thu, 18 Sep 2025 08:03:50 +0100",
  "Are you available? I need a quick favour.\n\nSent from my iPhone\n"),
E("k043", "fraud", "en", "PayPal <service@paypal-resolution-center.info>",
  "You've received a payment", "Sat, 18 Oct 2025 11:29:05 +0000",
  "You've received €450.00 EUR from Daniel Wright.\n[Accept payment](https://paypal-resolution-center.info/claim/77)\n"),
E("k044", "fraud", "en", "Google Workspace <admin@workspace-accounts-security.com>",
  "Password renewal", "Tue, 04 Nov 2025 06:40:00 +0000",
  "Your password for the clinic account is due for renewal.\n\n[Keep current password](https://workspace-accounts-security.com/keep)\n"),
E("k045", "fraud", "en", "Zoom <meetings@zoom-meetings-invite.com>",
  "Meeting invitation from Dr Patel", "Fri, 21 Nov 2025 14:55:31 +0000",
  "Dr Patel is inviting you to a scheduled Zoom meeting.\n\n[Join Meeting](https://zoom-meetings-invite.com/j/88321)\n"),
E("k046", "fraud", "en", "Accounts - MedEquip Europe <accounts@medequip-europe.co>",
  "Updated bank details", "Mon, 26 Jan 2026 10:10:10 +0000",
  "Good morning,\n\nPlease find attached our updated bank details for all future payments.\n\n"
  "Kind regards,\nEmma Collins\nAccounts Receivable\n",
  reply_to="medequip.accounts@gmail.com",
  attach=[("MedEquip_bank_details.pdf", "application/pdf", "%PDF-1.4\n% bank\n")]),
E("k047", "fraud", "en", "Mrs. Margaret Olsen <margaret.olsen1951@yahoo.com>",
  "Donation to your practice", "Sun, 07 Dec 2025 02:11:48 +0000",
  "Dear Doctor,\n\nI am a widow suffering from a long illness and I wish to donate the sum of $1,800,000 "
  "to a medical practice that cares for the poor. Kindly reply with your full name and the bank "
  "details of your practice so my lawyer can proceed.\n\nGod bless,\nMrs. Margaret Olsen\n"),
E("k048", "fraud", "en", "Dropbox <no-reply@dropbox-sharedfiles.net>",
  "Document for you", "Wed, 14 Jan 2026 17:21:00 +0000",
  "A document has been shared with you: Referral_letter.pdf\n\n[View file](https://dropbox-sharedfiles.net/f/ref)\n"),
E("k049", "fraud", "en", "Apple <noreply@icloud-billing-support.com>",
  "Your iCloud+ payment", "Fri, 30 Jan 2026 12:00:00 +0000",
  "We couldn't process your iCloud+ payment. Update your payment method to keep your storage.\n"
  "[Update](https://icloud-billing-support.com/update)\n"),
E("k050", "fraud", "en", "LinkedIn <notifications@linkedln-notifications.com>",
  "You appeared in 9 searches this week", "Tue, 16 Sep 2025 07:07:07 +0000",
  "You appeared in 9 searches this week.\n[See who's looking](https://linkedln-notifications.com/searches)\n"),
E("k051", "fraud", "en", "David Brown <david.brown.travel@gmail.com>",
  "Prescription before my trip", "Thu, 11 Dec 2025 23:16:02 +0000",
  "Dear Doctor,\n\nI will be in France next month and will need a consultation and a refill of my usual "
  "medication. I would like to pay in advance by cheque; could you send me the full fee and your postal "
  "address? My assistant will handle it.\n\nThank you,\nDavid Brown\n"),
E("k052", "fraud", "en", "Microsoft Outlook <security@outlook-mailbox-alerts.com>",
  "Unusual sign-in activity", "Mon, 22 Dec 2025 04:33:12 +0000",
  "We detected something unusual about a recent sign-in to your account.\n\n"
  "[Review recent activity](https://outlook-mailbox-alerts.com/review)\n\nThanks,\nThe Microsoft account team\n"),
E("k053", "fraud", "en", "HR Department <hr@cabinet-medical-lesroses.fr>",
  "Salary review 2026", "Wed, 07 Jan 2026 09:00:21 +0100",
  "Hello,\n\nPlease review the attached salary adjustment document.\n",
  attach=[("Salary_Review_2026.htm", "text/html", HTM("https://hr-portal-docs.com/login"))]),

# ---------------------------------------------------------------- SPAM
E("k060", "spam", "fr", "Formavenir Santé <info@formavenir-sante.fr>",
  "Sessions DPC 2026 : dermatoscopie", "Tue, 20 Jan 2026 10:00:00 +0100",
  "Bonjour Docteur,\n\nNos prochaines sessions de dermatoscopie en médecine générale auront lieu à Nantes et à Rennes "
  "en mars. Action enregistrée sur mondpc.fr (réf. 12342600123), prise en charge par l'ANDPC dans la limite de votre forfait.\n\n"
  "[Voir le programme et s'inscrire](https://www.formavenir-sante.fr/dermatoscopie-2026)\n\n"
  "Formavenir Santé, organisme de DPC n° 1234\n[Se désinscrire](https://www.formavenir-sante.fr/desinscription)\n"),
E("k061", "spam", "fr", "Journées de Médecine Générale de l'Ouest <contact@jmgo-congres.fr>",
  "Programme 2026 en ligne", "Thu, 08 Jan 2026 18:30:00 +0100",
  "Le programme des JMGO 2026 (Angers, 12-13 juin) est en ligne. Tarif préférentiel jusqu'au 31 mars.\n"
  "[Découvrir le programme](https://www.jmgo-congres.fr/programme)\n"),
E("k062", "spam", "fr", "Praxiscan <bonjour@praxiscan.fr>",
  "Numérisez vos courriers en 2 secondes", "Wed, 15 Oct 2025 11:11:00 +0200",
  "Bonjour,\n\nPraxiscan intègre vos courriers directement dans le dossier patient de votre logiciel. "
  "Essai gratuit 30 jours, sans engagement.\n\n[Demander une démo](https://praxiscan.fr/demo)\n\n"
  "Vous recevez ce message car vous êtes professionnel de santé. [Se désabonner](https://praxiscan.fr/unsub)\n"),
E("k063", "spam", "fr", "MedAssur Courtage <offres@medassur-courtage.fr>",
  "Votre RCP au meilleur prix", "Mon, 17 Nov 2025 09:45:12 +0100",
  "Docteur,\n\nComparez votre responsabilité civile professionnelle en 3 minutes. Nos clients médecins "
  "généralistes économisent en moyenne 180 € par an.\n\nDevis : 04 78 90 12 34 ou sur medassur-courtage.fr\n\n"
  "MedAssur Courtage, ORIAS 19004567\n",
  phones=["04 78 90 12 34"]),
E("k064", "spam", "fr", "Laboratoires Arven - Relations médicales <relations.medicales@arven-labo.fr>",
  "Invitation : soirée asthme de l'enfant", "Tue, 04 Nov 2025 16:20:00 +0100",
  "Docteur,\n\nNous avons le plaisir de vous convier à une soirée d'échanges sur l'asthme de l'enfant, "
  "le jeudi 27 novembre à 20h, Brasserie du Théâtre, Tours. Intervenant : Dr P. Marchand, pneumopédiatre.\n\n"
  "Réponse souhaitée avant le 20 novembre.\n\nCette invitation fait l'objet d'une déclaration conformément à la "
  "réglementation relative aux avantages.\n"),
E("k065", "spam", "fr", "Remplaçants Direct <contact@remplacants-direct.fr>",
  "12 remplaçants disponibles près de chez vous", "Fri, 05 Dec 2025 08:00:00 +0100",
  "Bonjour,\n\n12 médecins remplaçants sont disponibles dans votre secteur pour les vacances de février.\n"
  "[Voir les profils](https://www.remplacants-direct.fr/secteur/37)\n\nAbonnement à partir de 29 € / mois.\n"),
E("k066", "spam", "fr", "Ergo Cabinet <promo@ergocabinet.com>",
  "DERNIER JOUR : -30 % sur les divans d'examen", "Sun, 30 Nov 2025 07:00:00 +0100",
  "C'est le dernier jour pour profiter de -30 % sur toute notre gamme de divans d'examen électriques !\n"
  "Livraison et installation offertes.\n\n[J'en profite](https://www.ergocabinet.com/divans?utm_source=mail)\n\n"
  "Ergo Cabinet SAS - 12 rue des Artisans, 69007 Lyon - [désinscription](https://www.ergocabinet.com/unsubscribe)\n"),
E("k067", "spam", "fr", "Visibilité Santé <julie@visibilite-sante.fr>",
  "Le site de votre cabinet", "Wed, 10 Sep 2025 14:12:00 +0200",
  "Bonjour Docteur,\n\nJ'ai regardé le site de votre cabinet : il ne s'affiche pas bien sur mobile. "
  "Nous réalisons des sites conformes au code de déontologie à partir de 490 €. Je vous envoie des exemples ?\n\n"
  "Julie Perrin\nVisibilité Santé\n"),
E("k068", "spam", "fr", "Expert-Compta Libéral <contact@expertcompta-liberal.fr>",
  "Déclaration 2035 : on s'en occupe", "Mon, 09 Feb 2026 09:00:00 +0100",
  "Déclaration 2035, AGA, URSSAF : notre cabinet d'expertise comptable accompagne 800 médecins libéraux. "
  "Premier rendez-vous offert.\n[Prendre rendez-vous](https://www.expertcompta-liberal.fr/rdv)\n"),
E("k069", "spam", "fr", "Santé Formation Plus <newsletter@santeformationplus.fr>",
  "Certification périodique : nos actions éligibles", "Thu, 16 Oct 2025 12:00:00 +0200",
  "Bonjour Docteur,\n\nVous devez valider votre certification périodique ? Nos formations en e-learning couvrent "
  "les blocs 1 et 2 du référentiel. Elles sont financées par l'ANDPC pour les libéraux (inscription sur www.mondpc.fr).\n\n"
  "Nous ne sommes ni l'ANDPC ni l'Ordre : nous sommes un organisme de formation privé.\n\n"
  "[Nos formations](https://www.santeformationplus.fr/catalogue)\n"),
E("k070", "spam", "en", "ClinIQ Learning <news@cliniqlearning.com>",
  "Free webinar: Managing type 2 diabetes in 2026", "Tue, 13 Jan 2026 16:00:00 +0000",
  "Join our free 45-minute webinar on 5 February, 7 pm CET. Certificate of attendance included.\n"
  "[Register](https://www.cliniqlearning.com/webinars/t2d-2026)\n\n[Unsubscribe](https://www.cliniqlearning.com/u)\n"),
E("k071", "spam", "en", "Sonora Medical Devices <sales@sonoramed.com>",
  "Pocket ultrasound - special price for GPs", "Wed, 22 Oct 2025 13:30:00 +0000",
  "Dear Doctor,\n\nOur handheld ultrasound probe connects to any smartphone. Special launch price for general "
  "practitioners until the end of the month.\n\n[See the offer](https://www.sonoramed.com/gp-offer)\n\nSonora Medical Devices Ltd\n"),
E("k072", "spam", "en", "European Journal of Primary Care <editorial@ejpc-journal.org>",
  "Call for papers: rural practice", "Mon, 08 Sep 2025 10:00:00 +0000",
  "Dear colleague,\n\nThe European Journal of Primary Care invites submissions for a special issue on rural practice. "
  "Deadline 15 December. Author guidelines: ejpc-journal.org/authors\n\nEditorial office\n"),
E("k073", "spam", "en", "Medical Recruitment Partners <jobs@medrecruitpartners.com>",
  "GP opportunities in Ireland", "Thu, 27 Nov 2025 09:12:00 +0000",
  "Hi,\n\nWe are recruiting GPs for practices in Cork and Galway. Relocation package, no agency fee for candidates. "
  "Interested? Just reply to this e-mail.\n\nKaren\n"),
E("k074", "spam", "en", "PracticeFlow <hello@practiceflow.io>",
  "Your practice, on autopilot", "Fri, 23 Jan 2026 15:45:00 +0000",
  "Online booking, reminders and payments in one app. Start your 14-day trial.\n[Try it free](https://practiceflow.io/trial)\n"),
E("k075", "spam", "fr", "Téléconsult'Express <partenaires@teleconsult-express.fr>",
  "Arrondissez vos fins de mois", "Sat, 17 Jan 2026 08:30:00 +0100",
  "Docteur, rejoignez nos 2 000 médecins téléconsultants et choisissez vos créneaux depuis chez vous. "
  "Inscription en 5 minutes.\n[Devenir partenaire](https://www.teleconsult-express.fr/medecins)\n"),

# ---------------------------------------------------------------- LEGITIMATE
E("k080", "legitimate", "fr", "Agence nationale du DPC <ne-pas-repondre@agencedpc.fr>",
  "Modification de votre mot de passe", "Tue, 21 Oct 2025 18:42:10 +0200",
  "Bonjour,\n\nLe mot de passe de votre compte mondpc.fr a bien été modifié.\n\n"
  "Si vous n'êtes pas à l'origine de cette modification, contactez-nous depuis la rubrique Contact de "
  "https://www.mondpc.fr.\n\nL'Agence nationale du DPC\n"),
E("k081", "legitimate", "fr", "Conseil départemental de l'Ordre des médecins <secretariat@cdom33.ordre.medecin.fr>",
  "Dernier rappel : cotisation ordinale 2026", "Mon, 02 Feb 2026 10:15:00 +0100",
  "Docteur,\n\nSauf erreur de notre part, nous n'avons pas reçu votre cotisation ordinale 2026. "
  "Vous pouvez la régler en ligne sur votre espace personnel : "
  "[https://www.ordre.medecin.fr](https://www.ordre.medecin.fr/espace-medecin)\n\n"
  "Si vous vous en êtes déjà acquitté, merci de ne pas tenir compte de ce message.\n\n"
  "Le secrétariat du Conseil départemental de la Gironde\n"),
E("k082", "legitimate", "fr", "L'Assurance Maladie <ne-pas-repondre@assurance-maladie.fr>",
  "Votre relevé mensuel d'activité", "Thu, 06 Nov 2025 06:12:00 +0100",
  "Docteur,\n\nVotre relevé mensuel d'activité d'octobre est disponible dans votre espace amelipro.\n\n"
  "[Accéder à amelipro](https://espacepro.ameli.fr)\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n"),
E("k083", "legitimate", "fr", "Doctolib <no-reply@doctolib.fr>",
  "Réinitialisation de votre mot de passe", "Wed, 12 Nov 2025 13:08:27 +0100",
  "Bonjour,\n\nVous avez demandé à réinitialiser votre mot de passe Doctolib Pro. Ce lien est valable 30 minutes.\n\n"
  "[Réinitialiser mon mot de passe](https://pro.doctolib.fr/password/edit?reset_password_token=Zx81Kq)\n\n"
  "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n"),
E("k084", "legitimate", "fr", "Agence du Numérique en Santé <ne-pas-repondre@esante.gouv.fr>",
  "Activation de votre e-CPS", "Fri, 14 Nov 2025 09:01:44 +0100",
  "Bonjour,\n\nVous avez demandé l'activation de votre carte e-CPS. Votre code d'activation est : 481 277.\n\n"
  "Saisissez-le dans l'application e-CPS. Plus d'informations : https://esante.gouv.fr/produits-services/e-cps\n"),
E("k085", "legitimate", "fr", "Paul Vidal <p.vidal@wanadoo.fr>",
  "Remplacement août", "Sun, 14 Sep 2025 19:31:00 +0200",
  "Salut,\n\nTu cherches toujours quelqu'un pour août ? J'ai une ancienne interne, Dr Léa Simon, qui serait dispo "
  "du 4 au 22. Je lui donne ton numéro ?\n\nPaul\n"),
E("k086", "legitimate", "fr", "Claire Moreau <claire.moreau86@gmail.com>",
  "Ordonnance Lucas", "Mon, 26 Jan 2026 08:52:10 +0100",
  "Bonjour Docteur,\n\nPourriez-vous renvoyer l'ordonnance de Lucas à la pharmacie ? Elle ne l'a pas reçue.\n"
  "Merci beaucoup,\nClaire Moreau\n"),
E("k087", "legitimate", "fr", "Urssaf <ne-pas-repondre@urssaf.fr>",
  "Un nouveau message vous attend", "Wed, 10 Dec 2025 07:45:00 +0100",
  "Bonjour,\n\nUn nouveau message est disponible dans votre espace en ligne. Connectez-vous sur urssaf.fr "
  "pour le consulter.\n\nVotre Urssaf\n"),
E("k088", "legitimate", "fr", "ARS Auvergne-Rhône-Alpes <ars-ara-alerte@ars.sante.fr>",
  "Information : cas de rougeole dans le département", "Thu, 22 Jan 2026 17:05:00 +0100",
  "Mesdames, Messieurs,\n\nPlusieurs cas de rougeole ont été signalés dans l'agglomération grenobloise. "
  "Nous vous rappelons l'importance de vérifier le statut vaccinal de vos patients et de signaler tout cas "
  "à la plateforme de veille.\n\n[Conduite à tenir](https://www.auvergne-rhone-alpes.ars.sante.fr/rougeole)\n\n"
  "Cellule de veille, d'alerte et de gestion sanitaires\n"),
E("k089", "legitimate", "fr", "Laboratoire des Tilleuls <resultats@labo-tilleuls.fr>",
  "Résultats Mme B.", "Tue, 28 Oct 2025 12:20:00 +0100",
  "Bonjour Docteur,\n\nLes résultats de votre patiente Mme B. (prélèvement du 27/10) vous ont été adressés "
  "par messagerie sécurisée. Kaliémie à 5,9, contrôle conseillé.\n\nBiologiste : Dr F. Tessier\n"),
E("k090", "legitimate", "fr", "Secrétariat CDOM 44 <secretariat@cdom44.ordre.medecin.fr>",
  "Adresse de votre cabinet secondaire", "Thu, 09 Oct 2025 11:40:00 +0200",
  "Bonjour Docteur,\n\nPourriez-vous nous confirmer l'adresse exacte de votre cabinet secondaire ? "
  "Nous en avons besoin pour finaliser votre dossier.\n\nBien cordialement,\nNathalie\n"),
E("k091", "legitimate", "fr", "DGFiP <ne-pas-repondre@dgfip.finances.gouv.fr>",
  "Votre avis d'impôt est disponible", "Fri, 29 Aug 2025 08:00:00 +0200",
  "Madame, Monsieur,\n\nVotre avis d'impôt est disponible dans votre espace particulier sur impots.gouv.fr.\n\n"
  "La Direction générale des Finances publiques\n"),
E("k092", "legitimate", "fr", "Agence nationale du DPC <ne-pas-repondre@agencedpc.fr>",
  "Confirmation d'inscription", "Mon, 19 Jan 2026 15:00:00 +0100",
  "Bonjour Docteur,\n\nVotre inscription à l'action n° 12342600123 « Dermatoscopie en médecine générale » "
  "est confirmée.\n\nVous pouvez suivre vos actions dans votre espace : [mondpc.fr](https://www.mondpc.fr/mondpc/)\n"),
E("k093", "legitimate", "en", "ESC Congress <congress@escardio.org>",
  "Registration confirmed - ESC Congress 2025", "Tue, 22 Jul 2025 10:00:00 +0200",
  "Dear Dr Martin,\n\nYour registration for ESC Congress 2025 in Madrid is confirmed. Your badge will be available "
  "at the registration desk.\n\n[Manage my registration](https://www.escardio.org/Congresses-Events)\n"),
E("k094", "legitimate", "en", "Tom Ellis <tom.ellis@nhs.net>",
  "Re: Mr Dubois", "Wed, 03 Sep 2025 16:47:00 +0100",
  "Hi Marie,\n\nThanks for the referral, I'll see Mr Dubois next Tuesday and write back afterwards.\n\nBest,\nTom\n"),
E("k095", "legitimate", "en", "Google <no-reply@accounts.google.com>",
  "Security alert", "Sat, 13 Dec 2025 09:12:44 +0000",
  "New sign-in on Mac\n\nWe noticed a new sign-in to your Google Account on a Mac device. If this was you, "
  "you don't need to do anything.\n\n[Check activity](https://myaccount.google.com/notifications)\n"),
E("k096", "legitimate", "en", "Sarah Lind <sarah.lind@ki.se>",
  "Zoom link for Thursday", "Mon, 12 Jan 2026 08:30:00 +0100",
  "Hi,\n\nHere is the link for Thursday's case discussion: [https://ki-se.zoom.us/j/64120987731](https://ki-se.zoom.us/j/64120987731)\n\n"
  "Sarah\n"),
E("k097", "legitimate", "fr", "Doctolib <no-reply@doctolib.fr>",
  "Nouvelle connexion à votre compte", "Thu, 04 Dec 2025 19:30:11 +0100",
  "Bonjour,\n\nUne nouvelle connexion à votre compte Doctolib Pro a été détectée (Chrome, Windows).\n\n"
  "Si vous n'êtes pas à l'origine de cette connexion, modifiez votre mot de passe depuis "
  "[vos paramètres](https://pro.doctolib.fr/settings/security).\n"),
E("k098", "legitimate", "fr", "Centre hospitalier de Cholet - DAM <affaires.medicales@ch-cholet.fr>",
  "Planning des gardes - février", "Wed, 21 Jan 2026 14:02:00 +0100",
  "Bonjour,\n\nVeuillez trouver ci-joint le planning des gardes de février. Merci de signaler toute "
  "modification avant le 28 janvier.\n\nDirection des affaires médicales\n",
  attach=[("Planning_gardes_fevrier_2026.pdf", "application/pdf", "%PDF-1.4\n% planning\n")]),
E("k099", "legitimate", "fr", "HAS <newsletter@has-sante.fr>",
  "HAS Actualités - janvier 2026", "Thu, 15 Jan 2026 11:00:00 +0100",
  "Au sommaire : nouvelles recommandations sur la prise en charge de l'insomnie, fiche mémo sur la déprescription "
  "des benzodiazépines.\n\n[Lire la lettre](https://www.has-sante.fr/jcms/actualites)\n"),

# ---------------------------------------------------------------- TYPED-ONLY ORIGINALS
T("s01", "fraud", "fr", "sms", links=["ameli-cartevitale.info"]),
T("s02", "fraud", "fr", "sms", links=["https://colis-suivi-fr.com/p/8823"]),
T("s03", "fraud", "fr", "sms", phones=["01 76 44 90 12"]),
T("s04", "fraud", "fr", "sms", phones=["09 77 45 21 88"]),
T("s05", "fraud", "fr", "whatsapp", phones=["06 44 18 92 07"]),
T("s06", "fraud", "fr", "sms", links=["doctolib-pro-compte.com"]),
T("s07", "fraud", "fr", "voicemail", phones=["01 89 20 47 63"]),
T("s08", "fraud", "fr", "call", phones=["01 85 09 72 14"]),
T("s09", "fraud", "fr", "call", phones=["04 28 29 61 70"]),
T("s10", "fraud", "fr", "sms", links=["antai-amendes-paiement.com"]),
T("s11", "fraud", "fr", "sms", links=["monespacesante-doc.fr/d"]),
T("s12", "fraud", "fr", "call", phones=["09 72 31 88 04"]),
T("s13", "fraud", "fr", "sms", links=["ordre-cotisation.fr/paiement"]),
T("s14", "fraud", "en", "whatsapp", phones=["+44 7700 900418"]),
T("s15", "fraud", "en", "sms", links=["dhl-express-track.com/fr"]),
T("s16", "fraud", "en", "whatsapp", phones=["+1 (347) 555-0192"]),
T("s17", "fraud", "fr", "voicemail", phones=["07 57 90 33 61"]),
T("s20", "spam", "fr", "sms", links=["cabinetpro.fr"]),
T("s21", "spam", "fr", "call"),
T("s22", "legitimate", "fr", "sms"),
T("s23", "legitimate", "fr", "sms", links=["laposte.fr/outils/suivre-vos-envois?code=6A23918840521"]),
T("s24", "legitimate", "fr", "call"),
T("s25", "spam", "en", "call", phones=["+44 20 7946 0321"]),
]

BY_ID = {o["id"]: o for o in ORIGINALS}
