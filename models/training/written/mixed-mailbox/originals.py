# -*- coding: utf-8 -*-
"""Hand-written originals (emails, SMS, phone calls) reported to the CDOM 35 mailbox.

Each original: id, label, lang, kind (email|sms|call), from (name, address or SMS
sender id / caller), subject, date, body ({L0}.. are links: shown text + real target,
{greet} a personalised greeting, {trk} a per-recipient tracking token, {to} the
recipient address), links, phones (E.164).  SMS and calls are described by the
doctors themselves in reports.py (typed reports) - their facts live here.
"""
ORIGINALS = []


def O(id, label, lang, frm, subject, date, body, links=(), phones=(), kind="email", **kw):
    d = dict(id=id, label=label, lang=lang, kind=kind, subject=subject, date=date,
             body=body.strip("\n") + "\n", links=list(links), phones=list(phones))
    d["from"] = frm
    d.update(kw)
    ORIGINALS.append(d)


# ======================================================================
# FRAUD - certification periodique / DPC wave
# ======================================================================
O("f_drcp_bzh", "fraud", "fr",
  ("Direction Régionale de la Certification Périodique - Bretagne", "notification@drcp-bretagne.fr"),
  "Certification périodique : votre dossier n'est pas conforme (échéance 30/04)",
  "Tue, 11 Mar 2025 08:42:17 +0100",
  """{greet},

Sauf erreur de notre part, votre dossier de certification périodique ne comporte à ce jour aucune action validée au titre de la période 2023-2029.

Conformément à l'ordonnance n° 2021-961 du 19 juillet 2021, tout praticien n'ayant pas engagé son parcours avant le 30 avril 2025 s'expose à une suspension temporaire de son droit d'exercice, puis à une radiation du tableau.

Afin de régulariser votre situation, nous vous invitons à compléter votre dossier en ligne. La procédure prend moins de 5 minutes et vos actions peuvent être financées intégralement par vos droits DPC.

{L0}

Pour toute question, un conseiller de la Direction régionale est à votre disposition au 02 30 96 41 18 (du lundi au vendredi, 9h-18h).

Cordialement,

Service Conformité des Praticiens
Direction Régionale de la Certification Périodique
Pôle Bretagne - Pays de la Loire
""",
  links=[("Compléter mon dossier de certification", "https://www.drcp-bretagne.fr/dossier/?ref={trk}")],
  phones=["+33230964118"], greet="Docteur", reply_to="conformite.drcp@gmail.com",
  xhdr=[("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")])

O("f_ans_activation", "fraud", "fr",
  ("Agence du Numérique en Santé", "ne-pas-repondre@ans-certification-sante.fr"),
  "Activation de votre compte personnel de certification périodique",
  "Wed, 02 Apr 2025 10:05:44 +0200",
  """Madame, Monsieur {greet},

L'Agence du Numérique en Santé (ANS) a été désignée autorité administrative chargée de la gestion des comptes personnels des professionnels de santé dans le cadre de la certification périodique.

Votre compte personnel a été pré-créé à partir des données du Répertoire partagé des professionnels de santé (RPPS). Pour en finaliser l'ouverture, nous vous remercions de bien vouloir confirmer votre identité et vos identifiants Mon DPC avant le 30 avril 2025.

{L0}

Sans activation de votre part, votre compte sera clôturé et les actions déjà réalisées ne pourront pas être prises en compte.

Nous vous remercions de votre confiance.

L'équipe Certification périodique
Agence du Numérique en Santé
2-10 rue d'Oradour-sur-Glane, 75015 Paris
""",
  links=[("Activer mon compte", "https://portail.ans-certification-sante.fr/activation?uid={trk}")],
  greet="le Docteur", html_only=True)

O("f_mondpc_reset", "fraud", "fr",
  ("Mon DPC", "securite@mondpc-compte.fr"),
  "Réinitialisation de votre mot de passe Mon DPC",
  "Thu, 15 May 2025 06:58:03 +0200",
  """Bonjour,

Nous avons reçu une demande de réinitialisation du mot de passe associé à votre compte Mon DPC ({to}).

Pour choisir un nouveau mot de passe, cliquez sur le lien ci-dessous. Ce lien est valable 24 heures.

{L0}

Si vous n'êtes pas à l'origine de cette demande, votre compte est peut-être compromis : connectez-vous immédiatement pour sécuriser vos droits DPC.

{L1}

L'équipe Mon DPC
Ceci est un message automatique, merci de ne pas y répondre.
""",
  links=[("Réinitialiser mon mot de passe", "https://mondpc-compte.fr/reset?token={trk}"),
         ("Sécuriser mon compte", "https://mondpc-compte.fr/securite?token={trk}")])

O("f_sms_droits_dpc", "fraud", "fr", ("DPC-INFO", ""),
  "SMS", "Mon, 20 Jan 2025 11:12:00 +0100",
  """Dr, vos droits DPC 2025 (jusqu'a 1 470 EUR) n'ont pas ete utilises et seront perdus le 31/03. Activation gratuite en 2 min : https://droits-dpc.fr/a/{trk} STOP 36111""",
  links=[("https://droits-dpc.fr/a/{trk}", "https://droits-dpc.fr/a/{trk}")], kind="sms")

O("f_call_radiation", "fraud", "fr", ("appel 01 87 65 43 90", ""),
  "Appel téléphonique", "Fri, 07 Feb 2025 12:30:00 +0100",
  """Appel d'une femme se présentant comme "direction régionale de certification", menace de radiation, demande n° RPPS et identifiants, rappeler au 01 87 65 43 90.""",
  phones=["+33187654390"], kind="call")

O("f_call_identifiants", "fraud", "fr", ("appel 09 72 14 55 80", ""),
  "Appel téléphonique", "Tue, 18 Mar 2025 13:05:00 +0100",
  """Démarchage "vos droits DPC", veut créer le compte Mon DPC à la place du médecin, demande l'identifiant et le mot de passe, numéro 09 72 14 55 80.""",
  phones=["+33972145580"], kind="call")

O("f_sms_code_ans", "fraud", "fr", ("ANS-SANTE", ""),
  "SMS", "Wed, 21 May 2025 19:47:00 +0200",
  """ANS: votre code de verification certification periodique est 482913. Si vous n'etes pas a l'origine de cette demande, contactez immediatement le service securite au 01 76 44 02 19.""",
  phones=["+33176440219"], kind="sms")

O("f_andpc_forfait", "fraud", "fr",
  ("ANDPC - Agence nationale du DPC", "info@andpc-gouv.fr"),
  "[ANDPC] Votre forfait individuel 2025 n'a pas été consommé - clôture le 15 décembre",
  "Mon, 24 Nov 2025 09:31:10 +0100",
  """Madame, Monsieur,

L'Agence nationale du Développement Professionnel Continu vous informe que votre forfait individuel de prise en charge pour l'année 2025 n'a pas été consommé.

Montant disponible : 1 365,00 €
Date limite d'utilisation : 15 décembre 2025

Les montants non utilisés ne sont pas reportables. Afin de ne pas perdre vos droits, connectez-vous à votre espace et choisissez une action parmi notre sélection d'organismes partenaires agréés.

{L0}

Vous pouvez également être rappelé gratuitement par un conseiller en répondant simplement à ce message avec votre numéro de téléphone et votre numéro RPPS.

Agence nationale du DPC
Service Gestion des Forfaits
""",
  links=[("Consulter mon forfait", "https://andpc-gouv.fr/espace/forfait?id={trk}")])

O("f_cotisation_cnom", "fraud", "fr",
  ("Conseil National de l'Ordre des Médecins", "recouvrement@cnom-cotisations.fr"),
  "DERNIER RAPPEL - Cotisation ordinale 2025 impayée / procédure de radiation",
  "Thu, 08 May 2025 15:22:49 +0200",
  """Docteur,

Malgré nos précédentes relances, nous n'avons pas reçu le règlement de votre cotisation ordinale 2025 d'un montant de 345,00 €.

Nous vous rappelons que le paiement de la cotisation est une obligation déontologique. A défaut de régularisation sous 72 heures, votre dossier sera transmis à la chambre disciplinaire en vue d'une radiation du tableau de l'Ordre.

Réglez dès maintenant par carte bancaire sur notre plateforme sécurisée :
{L0}

Frais de retard appliqués : 45,00 €.

Le service recouvrement
Conseil National de l'Ordre des Médecins
4 rue Léon Jost - 75017 Paris
""",
  links=[("PAYER MA COTISATION", "https://paiement.cnom-cotisations.fr/regler?dossier={trk}")])

O("f_odpc_compromised", "fraud", "fr",
  ("Armor Santé Formation", "contact@armor-sante-formation.fr"),
  "Attestation DPC 2024 - document à signer",
  "Mon, 13 Jan 2025 17:40:02 +0100",
  """Bonjour Docteur,

Suite à votre participation à notre programme de formation, votre attestation DPC 2024 est prête. Merci de la consulter et de la signer électroniquement avant le 20 janvier afin que l'ANDPC puisse procéder à votre indemnisation.

{L0}

Vous devrez vous identifier avec l'adresse e-mail à laquelle vous avez reçu ce message.

Bien cordialement,
Le secrétariat pédagogique
Armor Santé Formation - ODPC n° 9AFX
""",
  links=[("Ouvrir le document (PDF, 184 Ko)", "https://dochub-secure-view.com/armor/attestation2024.html")],
  note="compromised real training-organisation mailbox",
  return_path="contact@armor-sante-formation.fr")

O("f_odpc_mandate", "fraud", "fr",
  ("Cellule Accompagnement Certification", "accompagnement@certif-medecins.fr"),
  "Obligation de certification périodique : vos 4 blocs à valider",
  "Tue, 03 Jun 2025 11:16:33 +0200",
  """Docteur,

Depuis le 1er janvier 2023, chaque médecin inscrit au tableau de l'Ordre doit justifier de la validation de quatre blocs d'actions (connaissances, qualité des pratiques, relation avec les patients, santé du praticien).

Notre cellule, mandatée par l'Agence du Numérique en Santé pour la région Bretagne, accompagne gratuitement les praticiens dans la constitution de leur dossier. Les actions sont financées à 100 % par vos droits, sans aucune avance de frais.

Un conseillère dédiée vous contactera dans les prochains jours. Vous pouvez également la joindre directement au 01 85 09 27 64 en vous munissant de votre numéro RPPS et de vos identifiants Mon DPC afin d'accélérer la création de votre dossier.

Bien à vous,

Caroline Meunier
Chargée d'accompagnement - Certification périodique
01 85 09 27 64
""",
  phones=["+33185092764"], text_only=True)

O("f_psc_ecps", "fraud", "fr",
  ("Pro Santé Connect", "ne-pas-repondre@prosanteconnect-esante.com"),
  "Votre e-CPS expire le 28/02/2025 - action requise",
  "Mon, 17 Feb 2025 07:15:00 +0100",
  """Bonjour,

Votre carte e-CPS associée au numéro RPPS 10*******84 arrive à expiration le 28/02/2025.

Sans renouvellement, vous ne pourrez plus accéder à amelipro, à votre messagerie MSSanté ni à Mon DPC via Pro Santé Connect.

Le renouvellement est gratuit et s'effectue en ligne :
{L0}

Munissez-vous de votre carte CPS et de son code PIN.

Pro Santé Connect
Un service de l'Agence du Numérique en Santé
""",
  links=[("Renouveler mon e-CPS", "https://renouvellement.prosanteconnect-esante.com/ecps/{trk}")],
  html_only=True)

O("f_sms_mondpc_48h", "fraud", "fr", ("MonDPC", ""),
  "SMS", "Sat, 05 Jul 2025 09:02:00 +0200",
  """MonDPC : votre compte sera desactive sous 48h faute de mise a jour de vos informations. Connectez-vous : mondpc-maj.com/connexion""",
  links=[("mondpc-maj.com/connexion", "https://mondpc-maj.com/connexion")], kind="sms")

O("f_doctolib_suspendu", "fraud", "fr",
  ("Doctolib", "facturation@doctolib-pro-services.com"),
  "Votre abonnement Doctolib est suspendu - échec de prélèvement",
  "Wed, 22 Oct 2025 14:03:27 +0200",
  """Bonjour {greet},

Le prélèvement de votre abonnement Doctolib du mois d'octobre (149,00 € TTC) a été rejeté par votre banque.

Votre agenda en ligne sera désactivé le 25/10/2025 et vos patients ne pourront plus prendre rendez-vous.

Pour éviter toute interruption de service, mettez à jour votre moyen de paiement :
{L0}

L'équipe Doctolib
""",
  links=[("Mettre à jour mes informations bancaires", "https://doctolib-pro-services.com/billing/update?c={trk}")],
  greet="Docteur")

O("f_amelipro_forfait", "fraud", "fr",
  ("amelipro", "ne-pas-repondre@amelipro-versements.fr"),
  "Versement du forfait structure 2024 en attente : confirmez vos coordonnées",
  "Tue, 29 Apr 2025 08:11:52 +0200",
  """L'Assurance Maladie

Madame, Monsieur {greet},

Le versement de votre forfait d'aide à la modernisation et informatisation du cabinet (forfait structure) au titre de l'année 2024 n'a pas pu être effectué : les coordonnées bancaires enregistrées sont incomplètes.

Montant en attente : 1 750,00 €

Pour recevoir ce versement, merci de confirmer vos coordonnées bancaires avant le 09/05/2025 :

{L0}

Passé ce délai, le montant sera définitivement perdu.

Votre caisse d'Assurance Maladie
""",
  links=[("Confirmer mes coordonnées", "https://amelipro-versements.fr/forfait/confirmer?ref={trk}")],
  greet="le Docteur")

O("f_urssaf_trop_percu", "fraud", "fr",
  ("URSSAF", "info@urssaf-regularisation.com"),
  "Avis de remboursement - trop-perçu de cotisations 2024",
  "Fri, 13 Jun 2025 18:26:41 +0200",
  """Bonjour,

Après régularisation de vos cotisations personnelles 2024, un trop-perçu de 612,84 € a été constaté en votre faveur.

Pour recevoir le remboursement sur votre compte, veuillez compléter le formulaire de remboursement en ligne :

{L0}

Le remboursement sera effectué sous 3 jours ouvrés.

Urssaf - Service Praticiens et Auxiliaires Médicaux
""",
  links=[("Formulaire de remboursement", "https://www.urssaf-regularisation.com/remboursement/{trk}")])

O("f_impots_rembt", "fraud", "fr",
  ("impots.gouv.fr", "noreply@dgfip-remboursement.fr"),
  "Notification de remboursement d'impôt",
  "Mon, 15 Sep 2025 10:47:29 +0200",
  """Direction générale des Finances publiques

Nous vous informons qu'après le dernier calcul de votre impôt sur le revenu, vous pouvez bénéficier d'un remboursement d'un montant de 412,38 €.

Référence : FR-2025-558716-DG

Pour recevoir votre remboursement, veuillez soumettre votre demande en ligne. Le délai de traitement est de 5 jours ouvrés.

{L0}

Cordialement,
Service des impôts des particuliers
""",
  links=[("Accéder au formulaire", "https://espace-particulier.dgfip-remboursement.fr/rembt/{trk}")],
  html_only=True)

O("f_ars_rpps", "fraud", "fr",
  ("ARS Bretagne - Service RPPS", "rpps@ars-bretagne-sante.fr"),
  "Mise à jour obligatoire de vos données RPPS avant le 31 octobre",
  "Thu, 16 Oct 2025 09:20:05 +0200",
  """Bonjour Docteur,

Dans le cadre de la fiabilisation du Répertoire Partagé des Professionnels de Santé, l'ARS Bretagne procède à la vérification des données de l'ensemble des médecins libéraux du territoire.

Merci de nous retourner par retour de mail, avant le 31 octobre 2025 :
- votre numéro RPPS,
- le numéro de série de votre carte CPS et son code PIN,
- une copie recto-verso de votre pièce d'identité.

A défaut, votre inscription pourra être suspendue.

Cordialement,
Le pôle Professions de santé
ARS Bretagne
""",
  text_only=True)

O("f_cnom_en", "fraud", "en",
  ("Ordre des Medecins - Compliance Department", "compliance@ordre-medecins-fr.org"),
  "URGENT: Mandatory Periodic Certification - Your licence to practise",
  "Sat, 26 Jul 2025 03:14:55 +0200",
  """Dear Doctor,

This is an official notice from the French Medical Council (Ordre des Medecins) regarding the mandatory Periodic Certification introduced by decree.

Our records show that you have not completed the verification of your professional profile. All physicians registered in France must verify their identity before 31 July 2025. Failure to comply will result in the suspension of your licence to practise.

Please verify your profile now:
{L0}

You will be asked to log in with your Pro Sante Connect or Mon DPC credentials.

Regards,
Compliance Department
Conseil National de l'Ordre des Medecins
""",
  links=[("VERIFY MY PROFILE", "https://verify.ordre-medecins-fr.org/login?lang=fr&id={trk}")])

O("f_mssante_desactivation", "fraud", "fr",
  ("Messagerie MSSanté", "support@mssante-messagerie.fr"),
  "Votre boîte MSSanté sera désactivée le 30/09",
  "Fri, 19 Sep 2025 16:44:12 +0200",
  """Bonjour,

Suite à la migration des messageries sécurisées de santé vers la nouvelle plateforme nationale, votre boîte aux lettres MSSanté doit être revalidée.

Si vous ne revalidez pas votre boîte avant le 30 septembre, elle sera désactivée et les messages reçus de vos correspondants (laboratoires, hôpitaux) seront perdus.

{L0}

Support MSSanté
""",
  links=[("Revalider ma boîte", "https://mssante-messagerie.fr/revalidation/?mail={to}")])

# ======================================================================
# FRAUD - generic phishing, payment and advance-fee scams
# ======================================================================
O("f_quota_en", "fraud", "en",
  ("Mail Administrator", "admin@mailbox-quota-center.com"),
  "Mailbox storage warning: 98% used",
  "Mon, 10 Feb 2025 05:33:08 +0100",
  """Dear {to},

Your mailbox has reached 98% of its storage limit (49.1 GB / 50 GB).

You will soon be unable to send or receive new messages. Incoming messages will be held and deleted after 48 hours.

To avoid losing emails, increase your storage for free now:

{L0}

Thank you,
Mail Administrator
This is an automated message. Please do not reply.
""",
  links=[("Increase Storage", "https://quota-upgrade.web-mailcenter.net/?u={to}&t={trk}")],
  html_only=True)

O("f_sharepoint_fr", "fraud", "fr",
  ("Dr Anne Lemaire via SharePoint", "no-reply@sharepoint-docs-online.com"),
  "Dr Anne Lemaire vous a partagé « Protocole CPTS 2025.pdf »",
  "Wed, 05 Mar 2025 13:21:40 +0100",
  """Dr Anne Lemaire vous a partagé un fichier.

Protocole CPTS 2025.pdf

« Bonjour, voici le protocole validé en réunion, merci de le relire avant jeudi. Anne »

{L0}

Ce lien fonctionne uniquement pour les destinataires directs de ce message.

Microsoft respecte votre confidentialité. Pour en savoir plus, lisez notre déclaration de confidentialité.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
  links=[("Ouvrir", "https://cpts-bzh.sharepoint-docs-online.com/:b:/s/protocole?e={trk}")],
  html_only=True)

O("f_docusign_en", "fraud", "en",
  ("DocuSign via Cabinet Legrand", "dse@docusign-esign-notice.net"),
  "Please DocuSign: Contrat_remplacement_ete_2025.pdf",
  "Thu, 22 May 2025 16:09:11 +0200",
  """Cabinet Legrand sent you a document to review and sign.

REVIEW DOCUMENT
{L0}

Cabinet Legrand
Please review and sign the replacement contract for summer 2025.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""",
  links=[("REVIEW DOCUMENT", "https://na4.docusign-esign-notice.net/Signing/EmailStart.aspx?a={trk}")],
  html_only=True)

O("f_voicemail_en", "fraud", "en",
  ("Voice Mail Service", "voicemail@vm-notify365.com"),
  "New voice message from +33 6 48 21 77 09 (0:42)",
  "Tue, 08 Apr 2025 07:52:30 +0200",
  """You received a new voice message.

From: +33 6 48 21 77 09
Received: Tuesday, April 8, 2025
Length: 00:42

Listen to the message:
{L0}

Message will be deleted from the server after 5 days.
""",
  links=[("Play Voice Message", "https://vm-notify365.com/listen/?id={trk}&u={to}")],
  phones=["+33648217709"], html_only=True)

O("f_banque_carte", "fraud", "fr",
  ("Crédit Agricole", "service-client@ca-securite-clients.com"),
  "Important : votre carte bancaire a été temporairement suspendue",
  "Sat, 15 Feb 2025 21:08:19 +0100",
  """Cher(e) client(e),

Suite a une activitée inhabituelle detectée sur votre compte, votre carte bancaire a ete temporairement suspendue par mesure de securite.

Afin de réactiver votre carte nous vous prions de confirmer votre identitée en cliquant sur le lien ci-dessous :

{L0}

Sans action de votre part sous 24h, votre carte sera definitivement bloquée.

Nous vous remercions pour votre confiance.
Le service client Crédit Agricole
""",
  links=[("Réactiver ma carte", "https://ca-securite-clients.com/reactivation/index.php?id={trk}")])

O("f_sms_colis", "fraud", "fr", ("+33 7 56 81 22 03", ""),
  "SMS", "Tue, 26 Nov 2024 14:31:00 +0100",
  """Colissimo: Votre colis n'a pas pu etre livre, adresse incomplete. Des frais de 1,99 EUR sont a regler pour reprogrammer la livraison: https://colis-suivi-fr.com/r/8HkQ2""",
  links=[("https://colis-suivi-fr.com/r/8HkQ2", "https://colis-suivi-fr.com/r/8HkQ2")],
  phones=["+33756812203"], kind="sms")

O("f_dhl_en", "fraud", "en",
  ("DHL Express", "noreply@dhl-parcel-delivery.info"),
  "Your shipment 7734 0912 55 is on hold - action required",
  "Wed, 11 Dec 2024 12:14:00 +0100",
  """DHL Express

Dear Customer,

Your shipment could not be delivered because customs duties of EUR 2.99 have not been paid.

Waybill: 7734 0912 55
Origin: Shenzhen, CN
Destination: FR

Please pay the outstanding amount within 48 hours, otherwise your parcel will be returned to the sender.

{L0}

Thank you for shipping with DHL Express.
""",
  links=[("Pay now and schedule delivery", "https://dhl-parcel-delivery.info/fr/pay.php?awb=7734091255")],
  html_only=True)

O("f_ms365_en", "fraud", "en",
  ("Microsoft 365", "no-reply@microsoftonline-secure.com"),
  "Password expiry notice for {to}",
  "Mon, 30 Jun 2025 09:00:12 +0200",
  """Microsoft 365

The password for your account {to} expires today.

You can keep your current password or change it. If no action is taken, you will be signed out of Outlook, Teams and OneDrive and will have to contact your administrator.

{L0}

Thank you,
The Microsoft 365 Team
""",
  links=[("Keep Current Password", "https://login.microsoftonline-secure.com/common/keep?user={to}")],
  html_only=True)

O("f_rib_fournisseur", "fraud", "fr",
  ("Service comptabilité - MediLog", "comptabilite@medilog-facturation.fr"),
  "Changement de nos coordonnées bancaires - à effet immédiat",
  "Mon, 03 Mar 2025 10:12:45 +0100",
  """Bonjour Docteur,

Nous vous informons que, suite à un changement d'établissement bancaire, les coordonnées de MediLog ont été modifiées.

Merci de bien vouloir mettre à jour notre RIB dans votre comptabilité et d'effectuer vos prochains règlements (abonnement logiciel, maintenance) sur le compte suivant :

Titulaire : MEDILOG SAS
IBAN : LT73 3250 0417 6290 1183
BIC : REVOLT21

Votre facture de mars (238,80 € TTC) reste à régler sous huitaine. Merci de nous adresser une confirmation de virement par retour de mail.

Cordialement,
Nathalie Bertin
Service comptabilité MediLog
""",
  reply_to="n.bertin.medilog@outlook.fr", text_only=True)

O("f_heritage_en", "fraud", "en",
  ("Barr. Michael Owusu", "michaelowusu.chambers@gmail.com"),
  "Confidential - Estate of late Mr. Henri Duval (your patient)",
  "Sun, 19 Jan 2025 23:41:07 +0100",
  """Dear Doctor,

I am Barrister Michael Owusu, personal attorney to late Mr. Henri Duval, a French national who was a patient of yours before he relocated to Ghana, where he died in a motor accident with his wife in 2021.

Before his death he deposited the sum of US$8,500,000 (Eight Million Five Hundred Thousand Dollars) with a security company here in Accra, and named you in his will as a trusted person for a medical foundation in France.

I need your urgent cooperation to claim this fund. Kindly reply with your full name, private phone number and address so that I can commence the process. 40% of the total sum will be yours for your assistance.

Please treat this as strictly confidential.

Barr. Michael Owusu (Esq.)
Owusu & Partners Chambers, Accra
Tel: +233 24 581 7730
""",
  phones=["+233245817730"], text_only=True, reply_to="owusuchambers.legal@outlook.com")

O("f_don_cancer", "fraud", "fr",
  ("Madame Claudine Rousseau", "claudine.rousseau1952@hotmail.com"),
  "Don pour vos oeuvres",
  "Sat, 12 Apr 2025 02:17:55 +0200",
  """Bonjour Docteur,

Je suis Madame Claudine Rousseau, veuve de 72 ans, je vous écris depuis mon lit d'hôpital à Abidjan ou je suis hospitalisée pour un cancer de l'oesophage en phase terminale. Mon médecin m'a fait comprendre que mes jours sont compter.

Je dispose d'une somme de 850.000 euros sur un compte bloqué et je voudrais faire un don a un médecin honnête qui pourra l'utiliser pour soigner les personnes démunies. J'ai choisi votre adresse dans l'annuaire des médecins de France et je prie que vous accepterez.

Veuillez me répondre rapidement sur mon adresse privé : claudine.rousseau.don@gmail.com avec vos coordonnées complètes pour que je vous mets en contact avec mon notaire.

Que Dieu vous bénisse.
Mme Claudine Rousseau
""",
  text_only=True)

O("f_sextorsion", "fraud", "fr",
  ("", "cabinet.medical.paris8@gmail.com"),
  "Votre appareil a été piraté - {to}",
  "Wed, 27 Aug 2025 04:02:31 +0200",
  """Bonjour,

Je suis un programmeur professionnel et j'ai piraté votre système d'exploitation il y a plusieurs mois. J'ai eu accès à votre webcam, à vos contacts et à vos dossiers, y compris ceux de vos patients.

J'ai enregistré des vidéos compromettantes de vous. Si vous ne voulez pas que je les envoie à tous vos contacts et à l'Ordre des médecins, virez 1450 USD en Bitcoin à l'adresse suivante :

bc1q9x7d4kq2m5nzr8t6w0fj3ylh5cpa2e7u4v6s8k

Vous avez 48 heures. Je saurai quand vous aurez lu ce message.
""",
  text_only=True, note="sender spoofed as the doctor's own practice mailbox style")

O("f_linkedin_en", "fraud", "en",
  ("LinkedIn", "messages-noreply@linkedin-mail-alerts.com"),
  "You appeared in 11 searches this week",
  "Thu, 06 Feb 2025 08:30:00 +0100",
  """LinkedIn

{greet}, you appeared in 11 searches this week

Recruiters from Médecins Sans Frontières, Ramsay Santé and 3 others looked at your profile.

{L0}

You are receiving LinkedIn notification emails.
Unsubscribe | Help
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
""",
  links=[("See all searches", "https://www.linkedin-mail-alerts.com/comm/me/search-appearances?trk={trk}")],
  greet="Dr", html_only=True)

O("f_annuaire_eu", "fraud", "fr",
  ("Registre Médical Européen", "validation@registre-medical-europeen.eu"),
  "Mise à jour de votre fiche - Annuaire des praticiens 2025",
  "Tue, 14 Jan 2025 10:00:00 +0100",
  """Madame, Monsieur,

Votre fiche professionnelle figure dans l'Annuaire des praticiens 2025. Afin de garantir l'exactitude des informations publiées, nous vous remercions de vérifier vos données et de retourner le formulaire signé.

La mise à jour des données de base est gratuite.

{L0}

En signant le formulaire, vous commandez une insertion premium pour une durée de 3 ans au tarif annuel de 1 195 € HT (conditions générales au verso).

Registre Médical Européen
Calle de Serrano 41, 28001 Madrid
""",
  links=[("Vérifier ma fiche", "https://registre-medical-europeen.eu/fiche/{trk}")])

O("f_facture_compromis", "fraud", "fr",
  ("Plomberie Lebreton", "contact@plomberie-lebreton.fr"),
  "Facture n° FA-2025-0381 - relance",
  "Fri, 21 Mar 2025 11:48:20 +0100",
  """Bonjour,

Sauf erreur de notre part, la facture ci-dessous reste impayée à ce jour. Vous pouvez la consulter et la télécharger via le lien sécurisé :

{L0}

Code d'accès : 0381

Merci de procéder au règlement dans les meilleurs délais.

Cordialement,
Sandrine - Plomberie Lebreton
""",
  links=[("Facture_FA-2025-0381.pdf", "https://factures-pro-cloud.com/d/FA20250381.zip")],
  note="compromised small-business mailbox")

O("f_apple_en", "fraud", "en",
  ("Apple", "no_reply@id-apple-support.com"),
  "Your Apple ID has been locked for security reasons",
  "Sun, 02 Mar 2025 20:15:44 +0100",
  """Dear Customer,

Your Apple ID was used to sign in to iCloud via a web browser.
Date and Time: March 2, 2025, 7:48 PM CET
Browser: Chrome
Location: Lagos, Nigeria

If you did not sign in recently, your Apple ID may have been compromised. For your protection, your account has been locked.

Unlock your account within 24 hours:
{L0}

Apple Support
""",
  links=[("Verify Now", "https://id-apple-support.com/unlock/?session={trk}")],
  html_only=True)

O("f_wetransfer", "fraud", "fr",
  ("WeTransfer", "noreply@wetransfer-files.net"),
  "Laboratoire Biomed vous a envoyé Resultats_analyses_mars.zip",
  "Mon, 31 Mar 2025 15:30:09 +0200",
  """Laboratoire Biomed
vous a envoyé des fichiers

3 fichiers, 18,4 Mo au total - Expire dans 6 jours

Resultats_analyses_mars.zip

{L0}

Pour ne pas recevoir de spam, ajoutez noreply@wetransfer.com à vos contacts.
""",
  links=[("Télécharger vos fichiers", "https://wetransfer-files.net/downloads/4f8a2c/{trk}")],
  html_only=True)

O("f_sms_vitale", "fraud", "fr", ("AMELI-INFO", ""),
  "SMS", "Thu, 12 Jun 2025 18:22:00 +0200",
  """Assurance Maladie : Votre carte Vitale arrive a expiration. Commandez gratuitement la nouvelle avant le 20/06 : https://ameli-vitale-renouvellement.com""",
  links=[("https://ameli-vitale-renouvellement.com", "https://ameli-vitale-renouvellement.com")], kind="sms")

O("f_call_banque", "fraud", "fr", ("appel 01 70 38 92 15", ""),
  "Appel téléphonique", "Tue, 04 Nov 2025 12:10:00 +0100",
  """Faux conseiller "service fraude" de la banque, connaît nom et IBAN, demande de valider des opérations dans l'appli et de donner le code reçu par SMS, numéro affiché 01 70 38 92 15.""",
  phones=["+33170389215"], kind="call")

O("f_sms_antai", "fraud", "fr", ("+33 6 44 10 58 27", ""),
  "SMS", "Wed, 08 Oct 2025 10:41:00 +0200",
  """ANTAI: Avis de contravention impaye. Reglez 35 EUR avant le 10/10 pour eviter la majoration a 75 EUR: https://antai-paiement-amende.fr/avis""",
  links=[("https://antai-paiement-amende.fr/avis", "https://antai-paiement-amende.fr/avis")],
  phones=["+33644105827"], kind="sms")

O("f_congress_housing_en", "fraud", "en",
  ("ESC Congress Housing Desk", "housing@congress-housing-services.com"),
  "ESC Congress 2025 Madrid - hotel accommodation for participants",
  "Tue, 20 May 2025 14:44:18 +0200",
  """Dear Doctor,

We are contacting you on behalf of the official housing provider for ESC Congress 2025 in Madrid (29 Aug - 1 Sep).

As hotels near IFEMA are almost fully booked, we have secured a limited block of rooms at preferential rates for registered participants (from EUR 189/night, breakfast included).

To guarantee your room, please confirm your dates and settle a deposit of 50% by bank transfer. Our team will send you the payment details and the booking confirmation within 24 hours.

Reply to this email or call our reservation desk on +34 911 23 87 40.

Kind regards,
Laura Jimenez
Congress Housing Services
""",
  phones=["+34911238740"], text_only=True)

O("f_paypal_en", "fraud", "en",
  ("PayPal", "service@paypal-resolution-center.com"),
  "Receipt for your payment to Apple Store - EUR 1,299.00",
  "Fri, 18 Jul 2025 11:06:32 +0200",
  """You sent a payment of EUR 1,299.00 to Apple Store.

Transaction ID: 8KT29450GP1938437
Item: MacBook Air 15" M3 - 512 GB

If you did not authorise this transaction, call our Resolution Center immediately at 01 89 71 40 66 (Mon-Sat, 8am-9pm) or cancel it online:

{L0}

PayPal
""",
  links=[("Cancel this payment", "https://paypal-resolution-center.com/cancel?tx=8KT29450GP1938437")],
  phones=["+33189714066"], html_only=True)

O("f_bec_giftcards_en", "fraud", "en",
  ("Dr. Paul Mercier", "paul.mercier.cardio@gmx.com"),
  "Quick favour",
  "Thu, 09 Oct 2025 10:22:51 +0200",
  """Hi,

Are you available? I'm in a meeting right now and can't talk on the phone. I need you to help me get some Apple gift cards for a patient's family. I will reimburse you this evening.

Let me know asap.

Paul
Sent from my iPhone
""",
  text_only=True, note="BEC; impersonates a colleague of the cabinet from a free mailbox")

OFFSET_MARK = 1

# ======================================================================
# SPAM - honest but unsolicited
# ======================================================================
O("s_mediform_dpc", "spam", "fr",
  ("Médiform Santé", "newsletter@mediform-sante.fr"),
  "Vos formations DPC 2025 : 12 nouvelles sessions en Bretagne",
  "Tue, 07 Jan 2025 07:30:00 +0100",
  """Bonjour {greet},

Bonne année 2025 de la part de toute l'équipe Médiform Santé !

Nos nouvelles sessions sont en ligne : insuffisance cardiaque en ville, dépistage des troubles du neuro-développement, prise en charge de la douleur chronique, antibiothérapie raisonnée...

Ces programmes sont enregistrés auprès de l'ANDPC et peuvent être pris en charge dans la limite de votre forfait individuel. Ils sont également valorisables dans le cadre de votre certification périodique.

Pour vous inscrire, il vous suffit de retrouver l'action sur votre compte Mon DPC (nous ne vous demanderons jamais vos identifiants).

{L0}

Médiform Santé - Organisme de DPC n° 4582 - 12 quai Duguay-Trouin, 35000 Rennes
Vous recevez ce message car vous avez participé à l'une de nos formations. {L1}
""",
  links=[("Voir le calendrier 2025", "https://www.mediform-sante.fr/calendrier-2025?utm_source=newsletter&utm_campaign=janv25&uid={trk}"),
         ("Se désabonner", "https://www.mediform-sante.fr/desinscription?uid={trk}")],
  greet="Docteur", xhdr=[("List-Unsubscribe", "<https://www.mediform-sante.fr/desinscription>")])

O("s_ecfm_abstracts_en", "spam", "en",
  ("ECFM 2025 Congress Secretariat", "info@ecfm-congress.eu"),
  "Last call for abstracts - European Conference of Family Medicine, Lisbon",
  "Wed, 26 Feb 2025 12:00:00 +0100",
  """Dear colleague,

The abstract submission for the European Conference of Family Medicine (ECFM 2025, Lisbon, 16-18 October) closes on 15 March.

We welcome research, clinical cases and workshop proposals on primary care, multimorbidity, digital health and the GP workforce. Early-bird registration (EUR 480) is available until 30 April.

Submit your abstract: {L0}
Programme and registration: {L1}

We look forward to welcoming you in Lisbon.

ECFM 2025 Organising Committee
c/o Meridian Congress Management, Av. da Liberdade 110, Lisbon
To unsubscribe from congress updates, click here: {L2}
""",
  links=[("https://www.ecfm-congress.eu/abstracts", "https://www.ecfm-congress.eu/abstracts?src=mail&r={trk}"),
         ("https://www.ecfm-congress.eu/registration", "https://www.ecfm-congress.eu/registration"),
         ("unsubscribe", "https://mailing.meridian-congress.pt/u/{trk}")])

O("s_nordic_locum_en", "spam", "en",
  ("Ingrid Solberg - Nordic Medical Staffing", "ingrid.solberg@nordicmedstaff.com"),
  "GP positions in Norway - up to EUR 12,000/month + relocation",
  "Mon, 13 Jan 2025 09:45:00 +0100",
  """Dear Dr,

I hope this message finds you well. I'm a recruiter at Nordic Medical Staffing and I'm currently looking for general practitioners for municipal health centres in Northern Norway.

- Salary from EUR 9,500 to 12,000/month
- Free Norwegian language course (4 months, paid)
- Relocation package and housing support
- 37.5-hour week, no night shifts

EU-qualified doctors are eligible. If you are interested, or know a colleague who might be, I'd be happy to have a quick call.

Best regards,
Ingrid Solberg
Senior Recruitment Consultant
Nordic Medical Staffing AS | +47 22 41 60 18
{L0}
""",
  links=[("www.nordicmedstaff.com", "https://www.nordicmedstaff.com/")], phones=["+4722416018"])

O("s_recrut_centre_sante", "spam", "fr",
  ("Clémence Leroy - Médi'Talents", "c.leroy@medi-talents.fr"),
  "Médecin généraliste salarié - centre de santé Saint-Malo - 4 jours/semaine",
  "Thu, 20 Mar 2025 14:10:22 +0100",
  """Bonjour Docteur,

Je me permets de vous contacter au sujet d'une opportunité qui pourrait vous intéresser : un centre de santé pluriprofessionnel de Saint-Malo recrute un médecin généraliste salarié.

- 4 jours par semaine, pas de garde
- Rémunération : 7 800 € brut mensuels + prime d'objectifs
- Secrétariat et coordinatrice sur place, logiciel fourni

Si vous souhaitez en savoir plus, je reste disponible par mail ou au 06 31 47 92 58.

Si ce type de proposition ne vous intéresse pas, il suffit de me le dire et je ne vous recontacterai plus.

Bien cordialement,
Clémence Leroy
Consultante recrutement santé - Médi'Talents
{L0}
""",
  links=[("www.medi-talents.fr", "https://www.medi-talents.fr")], phones=["+33631479258"], text_only=True)

O("s_segur_logiciel", "spam", "fr",
  ("Equipe Praxis Médical", "marketing@praxis-medical.fr"),
  "Ségur vague 2 : votre logiciel est-il prêt ?",
  "Tue, 16 Sep 2025 10:30:00 +0200",
  """Docteur,

Avec la vague 2 du Ségur du numérique, DMP, MSSanté, ordonnance numérique et appli carte Vitale deviennent le quotidien du cabinet. Votre logiciel actuel suit-il ?

Praxis Médical est référencé Ségur et propose :
- la migration gratuite de vos dossiers patients,
- une formation de 2 h par visio,
- un abonnement à 89 € HT/mois sans engagement.

{L0}

Offre valable jusqu'au 31 octobre 2025 pour toute souscription.

Praxis Médical SAS - 8 rue de la Barre, 44000 Nantes
Désinscription : {L1}
""",
  links=[("Demander une démonstration", "https://www.praxis-medical.fr/demo?utm_source=emailing&utm_medium=mail&utm_campaign=segur2"),
         ("cliquez ici", "https://www.praxis-medical.fr/optout?e={trk}")])

O("s_scribe_ai_en", "spam", "en",
  ("Tom from ScribeFlow", "tom@scribeflow.ai"),
  "Dr, cut your note-taking time by 70%",
  "Wed, 09 Apr 2025 15:02:11 +0200",
  """Hi Doctor,

Most GPs we talk to spend 1.5 to 2 hours a day on documentation. ScribeFlow listens to the consultation (with patient consent), drafts your clinical note in French or English and pastes it into your EHR.

- Hosted in the EU, HDS-certified hosting
- Works with most French practice software
- 30-day free trial, no credit card

{L0}

If this isn't relevant, just reply "no" and I won't follow up.

Tom Becker
Head of Growth, ScribeFlow
""",
  links=[("Start your free trial", "https://scribeflow.ai/fr/trial?ref=outbound-fr-gp")])

O("s_predatory_journal_en", "spam", "en",
  ("Journal of Clinical Medicine and Case Reports", "editor.jcmcr@jcmcasereports.org"),
  "Invitation to submit manuscript - Volume 7 Issue 4",
  "Mon, 28 Apr 2025 06:21:53 +0200",
  """Dear Dr.,

Greetings from Journal of Clinical Medicine and Case Reports!

We came across your valuable work and we are impressed. We cordially invite you to submit your manuscript (research article, review, case report, mini review) for the upcoming issue Volume 7 Issue 4.

Fast peer review within 7 days. Article processing charge: USD 799 (50% discount if submitted before 10 May).

Submit online: {L0}

Awaiting your positive response.

Best regards,
Sarah Williams
Editorial Assistant, JCMCR
""",
  links=[("https://www.jcmcasereports.org/submit", "https://www.jcmcasereports.org/submit")])

O("s_jnmg_congres", "spam", "fr",
  ("Congrès JMG Ouest", "inscriptions@congres-jmg-ouest.fr"),
  "Journées de Médecine Générale de l'Ouest - inscriptions ouvertes, -15 % jusqu'au 30 juin",
  "Mon, 02 Jun 2025 08:00:00 +0200",
  """Les Journées de Médecine Générale de l'Ouest reviennent à Nantes les 9 et 10 octobre 2025 !

Au programme : 24 ateliers pratiques, 6 plénières, une session dédiée aux internes et aux jeunes installés.

Tarif early bird : 290 € au lieu de 340 € jusqu'au 30 juin.

{L0}

Certaines sessions sont proposées en format DPC (prise en charge ANDPC possible, renseignez-vous lors de l'inscription).

Vous recevez ce message car vous êtes inscrit dans notre fichier congrès. {L1}
""",
  links=[("Je m'inscris", "https://www.congres-jmg-ouest.fr/inscription?utm_campaign=earlybird"),
         ("Gérer mes préférences", "https://www.congres-jmg-ouest.fr/preferences?id={trk}")],
  html_only=True)

O("s_tensiometre", "spam", "fr",
  ("MedEquip Pro", "offres@medequip-pro.fr"),
  "Tensiomètres, ECG, otoscopes : -20 % pour les cabinets jusqu'à dimanche",
  "Thu, 24 Apr 2025 17:45:00 +0200",
  """VENTE FLASH CABINET

-20 % sur tout le diagnostic : tensiomètres validés ESH, ECG 12 dérivations, otoscopes LED, oxymètres...

Livraison offerte dès 150 € d'achat. Code : CABINET20

{L0}

MedEquip Pro - Fournisseur de matériel médical depuis 1998
Pour ne plus recevoir nos offres : {L1}
""",
  links=[("J'en profite", "https://www.medequip-pro.fr/promo/cabinet20"),
         ("désinscription", "https://www.medequip-pro.fr/newsletter/stop?u={trk}")],
  html_only=True)

O("s_rcp_courtier", "spam", "fr",
  ("Antoine Ferrand - Assur'Praticiens", "a.ferrand@assurpraticiens.fr"),
  "Votre RCP médicale : et si vous payiez 30 % de moins ?",
  "Tue, 09 Sep 2025 11:20:30 +0200",
  """Bonjour Docteur,

Votre contrat de responsabilité civile professionnelle arrive souvent à échéance au 1er janvier. C'est le bon moment pour comparer.

En tant que courtier spécialisé, nous interrogeons les principaux assureurs du marché et obtenons en moyenne 30 % d'économie à garanties équivalentes pour les médecins généralistes.

L'étude est gratuite et sans engagement. Il me faut simplement votre spécialité, votre mode d'exercice et votre dernier avis d'échéance.

Je peux vous rappeler au moment qui vous convient : 02 40 88 19 63.

Bien cordialement,
Antoine Ferrand
Assur'Praticiens - courtier en assurances, ORIAS 19 004 218
{L0}
""",
  links=[("www.assurpraticiens.fr", "https://www.assurpraticiens.fr")], phones=["+33240881963"])

O("s_lmnp", "spam", "fr",
  ("Patrimoine Santé Conseil", "contact@patrimoine-sante-conseil.fr"),
  "Médecins libéraux : combien d'impôts paierez-vous en 2025 ?",
  "Sat, 15 Mar 2025 09:00:00 +0100",
  """Docteur,

Avec des revenus BNC souvent élevés, les médecins libéraux figurent parmi les professions les plus imposées. Pourtant, des solutions légales existent : LMNP, SCPI, PER...

Nos conseillers en gestion de patrimoine, spécialisés dans les professions de santé, vous proposent un bilan patrimonial gratuit de 45 minutes, en visio ou à votre cabinet.

{L0}

ATTENTION : les places pour les bilans de mars sont limitées !

Patrimoine Santé Conseil - CIF membre de l'ANACOFI-CIF
Se désinscrire : {L1}
""",
  links=[("Réserver mon bilan gratuit", "https://www.patrimoine-sante-conseil.fr/bilan?src=mail0325"),
         ("ici", "https://www.patrimoine-sante-conseil.fr/unsubscribe?m={trk}")])

O("s_sms_blouses", "spam", "fr", ("BLOUSESPRO", ""),
  "SMS", "Fri, 28 Mar 2025 12:00:00 +0100",
  """BlousesPro: -25% sur toutes les tuniques et blouses medicales ce week-end avec le code PRINTEMPS. blousespro.fr STOP au 36173""",
  links=[("blousespro.fr", "https://blousespro.fr")], kind="sms")

O("s_call_telesecretariat", "spam", "fr", ("appel 02 99 41 72 30", ""),
  "Appel téléphonique", "Mon, 06 Oct 2025 11:45:00 +0200",
  """Démarchage commercial pour un télésecrétariat médical (société Secrétel Ouest), insistant, rappelle chaque semaine, 02 99 41 72 30.""",
  phones=["+33299417230"], kind="call")

O("s_call_odpc", "spam", "fr", ("appel 02 23 45 18 77", ""),
  "Appel téléphonique", "Wed, 14 May 2025 14:20:00 +0200",
  """Organisme de DPC (Form'Ouest Santé) qui propose ses sessions, se présente clairement comme organisme privé, ne demande pas d'identifiants, 02 23 45 18 77.""",
  phones=["+33223451877"], kind="call")

O("s_webinar_device_en", "spam", "en",
  ("CardioSense Medical Education", "education@cardiosense-med.com"),
  "Webinar: single-lead ECG in primary care - 17 June, 8pm CET",
  "Tue, 03 Jun 2025 16:00:00 +0200",
  """Dear Doctor,

Join our free 45-minute webinar "Detecting atrial fibrillation in primary care with single-lead ECG", presented by Dr. Hannah Morris (Cardiologist, Leeds).

Tuesday 17 June, 8:00 pm CET - live Q&A - certificate of attendance.

{L0}

This webinar is sponsored by CardioSense Medical Ltd. Product information will be presented.

CardioSense Medical Ltd, 20 St Thomas Street, London SE1 9RS
Unsubscribe: {L1}
""",
  links=[("Register now", "https://events.cardiosense-med.com/webinar/afib-primary-care?utm_source=fr_gp"),
         ("Unsubscribe", "https://events.cardiosense-med.com/unsubscribe?c={trk}")],
  html_only=True)

O("s_medactu_newsletter", "spam", "fr",
  ("MédActu Hebdo", "lettre@medactu-hebdo.fr"),
  "MédActu Hebdo n°312 : grippe, nouvelles cotations, remplacements",
  "Fri, 17 Oct 2025 06:00:00 +0200",
  """MédActu Hebdo - L'essentiel de la semaine pour les médecins libéraux

- Épidémie de grippe : le point sur la vaccination en pharmacie
- Convention médicale : ce qui change pour les cotations au 1er décembre
- Remplacements : les nouveaux tarifs observés dans l'Ouest
- Témoignage : « J'ai rejoint une MSP, voici ce que j'aurais aimé savoir »

{L0}

Vous recevez cette lettre gratuite car votre adresse figure dans notre base de diffusion professionnelle. {L1}
""",
  links=[("Lire la lettre en ligne", "https://www.medactu-hebdo.fr/lettre/312"),
         ("Se désabonner", "https://www.medactu-hebdo.fr/desabonnement?e={to}")])

O("s_leasing_pro", "spam", "fr",
  ("Leasys Auto Pro", "pro@auto-leasing-pro.fr"),
  "Docteur, votre prochain véhicule en LLD dès 299 €/mois HT",
  "Thu, 05 Jun 2025 13:13:13 +0200",
  """Professions libérales : profitez de nos offres de location longue durée, entretien et assurance inclus.

Peugeot e-3008, Tesla Model Y, Toyota RAV4 hybride... Livraison rapide, déductible de votre BNC dans les conditions prévues par la loi.

{L0}

Offre soumise à conditions. Auto Leasing Pro SARL, RCS Lyon 812 447 219.
{L1}
""",
  links=[("Voir les offres", "https://www.auto-leasing-pro.fr/offres/liberaux"),
         ("Désinscription", "https://www.auto-leasing-pro.fr/desinscription")],
  html_only=True)

O("s_omics_en", "spam", "en",
  ("World Cardiology Summit 2025", "cardiology@worldsummitconferences.com"),
  "Speaker invitation: 14th World Cardiology & Hypertension Summit, Dubai",
  "Sun, 23 Mar 2025 03:30:00 +0100",
  """Dear Dr.,

On behalf of the Organizing Committee, it is our pleasure to invite you as a Speaker at the 14th World Cardiology & Hypertension Summit, to be held in Dubai, UAE during November 20-21, 2025.

Based on your excellent contribution to the field, we would be glad to have you share your research. Speaker registration includes conference kit, lunch and certificate (registration fee applies, see website).

Kindly let us know your interest and share the tentative title of your talk.

{L0}

Regards,
Emily Clarke
Program Manager
WhatsApp: +1 302 555 0148
""",
  links=[("https://cardiology.worldsummitconferences.com", "https://cardiology.worldsummitconferences.com/")],
  phones=["+13025550148"], text_only=True)

O("s_elearning_antibio", "spam", "fr",
  ("Formavia DPC", "contact@formavia-dpc.fr"),
  "E-learning DPC « Antibiothérapie en ville » : 100 % pris en charge, 0 € à avancer",
  "Mon, 10 Nov 2025 08:15:00 +0100",
  """Bonjour Docteur,

Il vous reste peut-être du forfait DPC pour 2025. Notre programme e-learning « Antibiothérapie en ville : les bons réflexes » (7 h, action n° 95102425012) est publié sur mondpc.fr et financé par l'ANDPC dans la limite de votre forfait. Vous êtes en outre indemnisé pour le temps passé.

Pour vous inscrire, connectez-vous vous-même sur votre compte et recherchez la référence de l'action :
{L0}

Présentation du programme et des intervenants : {L1}

Formavia DPC - organisme enregistré auprès de l'ANDPC sous le n° 9510
Pour ne plus recevoir nos informations : {L2}
""",
  links=[("https://www.mondpc.fr", "https://www.mondpc.fr"),
         ("formavia-dpc.fr/antibio", "https://www.formavia-dpc.fr/antibio"),
         ("désinscription", "https://www.formavia-dpc.fr/stop?u={trk}")])

O("s_agenda_concurrent", "spam", "fr",
  ("Léa de Agendo", "lea@agendo-sante.fr"),
  "Payez 2 fois moins cher votre agenda en ligne",
  "Tue, 25 Feb 2025 10:05:00 +0100",
  """Bonjour {greet},

Je suis Léa, de l'équipe Agendo. Nous accompagnons déjà 3 200 praticiens qui ont quitté leur agenda en ligne historique pour une solution deux fois moins chère (69 € HT/mois, sans engagement).

Import de votre agenda existant en 24 h, rappels SMS inclus, téléconsultation intégrée.

Un premier mois offert si vous passez chez nous avant le 31 mars : {L0}

Belle journée,
Léa
Agendo - 15 rue Oberkampf, 75011 Paris
""",
  links=[("agendo-sante.fr/offre", "https://www.agendo-sante.fr/offre?utm_source=lemlist&utm_campaign=switch")],
  greet="Docteur")

O("s_panel_survey_en", "spam", "en",
  ("MedInsight Panel", "surveys@medinsight-panel.com"),
  "Paid survey for French GPs: EUR 110 for 25 minutes",
  "Wed, 14 May 2025 13:37:00 +0200",
  """Dear Doctor,

We are looking for general practitioners in France to take part in a 25-minute online market research survey about the management of type 2 diabetes.

Honorarium: EUR 110, paid by bank transfer within 30 days of completion.

Your answers are confidential and used in aggregate only, in compliance with the EphMRA Code of Conduct. The sponsor is a pharmaceutical company whose name cannot be disclosed during the study.

Take the survey: {L0}

MedInsight Panel Ltd, Manchester, UK
Unsubscribe: {L1}
""",
  links=[("start survey", "https://survey.medinsight-panel.com/s/T2D-FR-0525?pid={trk}"),
         ("click here", "https://www.medinsight-panel.com/unsubscribe")])

O("s_teleconsult_recrut", "spam", "fr",
  ("Equipe Médicale - Consultéo", "recrutement@consulteo.fr"),
  "Téléconsultez depuis chez vous, en complément de votre activité",
  "Mon, 21 Jul 2025 18:30:00 +0200",
  """Docteur,

Consultéo recherche des médecins généralistes inscrits à l'Ordre pour assurer des créneaux de téléconsultation en soirée et le week-end.

Vous choisissez vos créneaux, nous gérons la plateforme, la facturation et le secrétariat. Rémunération à l'acte conventionnel.

{L0}

Consultéo SAS - plateforme de téléconsultation
""",
  links=[("Rejoindre l'équipe médicale", "https://www.consulteo.fr/medecins/candidature")])

O("s_defibrillateur", "spam", "fr",
  ("Cardia Location", "info@cardia-location.fr"),
  "Défibrillateur au cabinet : location 29 €/mois, maintenance incluse",
  "Thu, 27 Nov 2025 09:45:00 +0100",
  """Bonjour,

Les établissements recevant du public doivent être équipés d'un défibrillateur automatisé externe. Votre cabinet l'est-il ?

Cardia Location vous propose un DAE en location longue durée : 29 € HT/mois, maintenance, électrodes et batterie incluses, installation en 72 h.

Devis gratuit au 02 97 63 11 80 ou sur {L0}

Cardia Location - 3 rue du Port, 56100 Lorient
""",
  links=[("www.cardia-location.fr", "https://www.cardia-location.fr/devis")], phones=["+33297631180"])

O("s_locum_uk_en", "spam", "en",
  ("James Whitfield | MedLocum UK", "james.whitfield@medlocum.co.uk"),
  "Locum GP shifts in Cornwall this summer - French GPs welcome",
  "Mon, 12 May 2025 10:10:10 +0100",
  """Hi Doctor,

We are a UK locum agency working with practices in Cornwall and Devon, and we're looking for GPs for summer sessions (July-September). Rates from GBP 95/hour.

You would need GMC registration with a licence to practise and inclusion on the National Performers List - we can guide you through the process.

Happy to chat if you're interested: {L0} or +44 1872 555 214.

Kind regards,
James Whitfield
MedLocum UK Ltd
""",
  links=[("book a call", "https://www.medlocum.co.uk/book-a-call?src=fr-gp")], phones=["+441872555214"])

O("s_papier_ordo", "spam", "fr",
  ("Imprimerie Médicale du Centre", "commandes@imprimerie-medicale-centre.fr"),
  "Vos ordonnances sécurisées et tampons : commandez avant la rentrée",
  "Mon, 18 Aug 2025 07:50:00 +0200",
  """Docteur,

Pensez à renouveler vos ordonnances sécurisées, ordonnances bizones, cartes de visite et tampons avant la rentrée !

Ordonnances sécurisées conformes à l'arrêté du 31 mars 1999, numérotées, livrées en 5 jours.

{L0}

Imprimerie Médicale du Centre - 18000 Bourges
""",
  links=[("Commander en ligne", "https://www.imprimerie-medicale-centre.fr/ordonnances")])

# ======================================================================
# LEGITIMATE - genuine mail the doctors doubted
# ======================================================================
O("l_ans_certif_info", "legitimate", "fr",
  ("Agence du Numérique en Santé", "ne-pas-repondre@esante.gouv.fr"),
  "Certification périodique : votre compte personnel arrive",
  "Tue, 14 Oct 2025 10:00:00 +0200",
  """{greet},

La certification périodique, obligatoire pour les médecins depuis le 1er janvier 2023, repose sur un compte individuel qui retracera les actions que vous aurez réalisées au titre de votre parcours.

L'Agence du Numérique en Santé (ANS) est chargée de la mise en œuvre de ce téléservice. Vous pourrez y accéder prochainement avec votre carte CPS ou votre e-CPS, via Pro Santé Connect. Aucune démarche n'est à effectuer à ce stade.

Important : ni l'ANS ni l'ANDPC ne vous contacteront par téléphone ou par SMS pour vous demander vos identifiants, ni pour vous proposer une formation. En cas de doute, rapprochez-vous de votre conseil départemental de l'Ordre.

Pour en savoir plus : {L0}

L'équipe Certification périodique
Agence du Numérique en Santé
""",
  links=[("esante.gouv.fr/certification-periodique", "https://esante.gouv.fr/certification-periodique")],
  greet="Madame, Monsieur")

O("l_andpc_lettre", "legitimate", "fr",
  ("Agence nationale du DPC", "ne-pas-repondre@agencedpc.fr"),
  "Lettre d'information de l'ANDPC - Ouverture des inscriptions 2025",
  "Thu, 09 Jan 2025 14:00:00 +0100",
  """Lettre d'information de l'Agence nationale du DPC - janvier 2025

Les inscriptions aux actions de DPC 2025 sont ouvertes

Les montants de prise en charge pour 2025 ont été publiés. Vous pouvez dès à présent vous inscrire aux actions de votre choix depuis votre compte personnel sur mondpc.fr : {L0}

Démarchage abusif : restez vigilants
L'ANDPC rappelle qu'elle ne contacte jamais directement les professionnels de santé pour leur proposer des actions de formation, et ne leur demande jamais leurs identifiants de connexion. En cas de sollicitation suspecte, ne communiquez aucune information et signalez-la.

Retrouvez toutes nos actualités sur {L1}

Agence nationale du Développement Professionnel Continu
Pour ne plus recevoir cette lettre, modifiez vos préférences dans votre compte.
""",
  links=[("www.mondpc.fr", "https://www.mondpc.fr"),
         ("www.agencedpc.fr", "https://www.agencedpc.fr/actualites")])

O("l_mondpc_reset", "legitimate", "fr",
  ("Mon DPC", "no-reply@mondpc.fr"),
  "Mon DPC - Réinitialisation de votre mot de passe",
  "Mon, 17 Feb 2025 21:34:10 +0100",
  """Bonjour,

Vous avez demandé la réinitialisation de votre mot de passe sur mondpc.fr.

Pour définir un nouveau mot de passe, cliquez sur le lien suivant (valable 1 heure) :
{L0}

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste inchangé.

L'Agence nationale du DPC
""",
  links=[("https://www.mondpc.fr/mondpc/reinitialisation?cle=Zk7Q2mW9", "https://www.mondpc.fr/mondpc/reinitialisation?cle=Zk7Q2mW9")])

O("l_cdom_cotisation", "legitimate", "fr",
  ("Conseil départemental de l'Ordre des médecins d'Ille-et-Vilaine", "cotisations@cdom35.ordre.medecin.fr"),
  "Cotisation ordinale 2025 - dernier rappel",
  "Mon, 02 Jun 2025 09:12:00 +0200",
  """Chère Consœur, Cher Confrère,

Sauf erreur de notre part, nous n'avons pas encore enregistré le règlement de votre cotisation ordinale 2025, dont l'appel vous a été adressé en janvier.

Nous vous rappelons que le paiement de la cotisation est une obligation légale (article L. 4122-2 du code de la santé publique). Si vous rencontrez des difficultés, n'hésitez pas à contacter le secrétariat : la commission d'entraide peut être sollicitée en toute confidentialité.

Vous pouvez régler en ligne depuis votre espace personnel sur le site de l'Ordre : {L0}
ou par chèque à l'ordre du CDOM 35.

Si vous avez réglé votre cotisation entre-temps, merci de ne pas tenir compte de ce message.

Le secrétariat
Conseil départemental de l'Ordre des médecins d'Ille-et-Vilaine
02 99 38 28 98
""",
  links=[("www.ordre.medecin.fr", "https://www.ordre.medecin.fr/")], phones=["+33299382898"])

O("l_cnom_alerte_dpc", "legitimate", "fr",
  ("Ordre des médecins - CDOM 35", "communication@cdom35.ordre.medecin.fr"),
  "Fraude - Démarchage abusif au DPC et à la certification périodique",
  "Wed, 19 Mar 2025 17:05:00 +0100",
  """Chère Consœur, Cher Confrère,

Nous constatons une recrudescence des démarchages abusifs auprès des médecins dans le cadre du DPC et de la certification périodique (appels se réclamant d'une « direction régionale de certification périodique », SMS « réinitialiser votre mot de passe », menaces de radiation).

Nous vous rappelons que :
- l'Ordre des médecins est la seule instance compétente pour valider le parcours de certification périodique ;
- aucune radiation ne peut être prononcée en dehors d'une décision de la chambre disciplinaire ;
- l'ANS et l'ANDPC ne vous contacteront jamais directement pour vous proposer des actions ;
- ne communiquez jamais vos identifiants par téléphone ou par mail.

Vous pouvez nous transmettre toute sollicitation suspecte à l'adresse signalement@cdom35.ordre.medecin.fr.

Adresse officielle de votre profil DPC : {L0}

Confraternellement,
Le Président du Conseil départemental
""",
  links=[("https://www.agencedpc.fr/professionnel/", "https://www.agencedpc.fr/professionnel/")])

O("l_ameli_releve", "legitimate", "fr",
  ("L'Assurance Maladie", "ne-pas-repondre@ameli.fr"),
  "Votre relevé individuel d'activité et de prescriptions est disponible",
  "Thu, 17 Apr 2025 07:02:00 +0200",
  """Bonjour Docteur,

Votre relevé individuel d'activité et de prescriptions (RIAP) du 4e trimestre 2024 est disponible dans votre espace amelipro, rubrique « Activités ».

Pour le consulter, connectez-vous avec votre carte CPS ou votre e-CPS : {L0}

L'Assurance Maladie ne vous demande jamais vos coordonnées bancaires ni vos mots de passe par courriel.

Votre caisse d'Assurance Maladie
""",
  links=[("espacepro.ameli.fr", "https://espacepro.ameli.fr")])

O("l_cpam_delegue", "legitimate", "fr",
  ("Maëlle Le Goff", "maelle.legoff@assurance-maladie.fr"),
  "Proposition de rendez-vous - délégué de l'Assurance Maladie",
  "Mon, 22 Sep 2025 10:41:00 +0200",
  """Bonjour Docteur,

Je suis déléguée de l'Assurance Maladie à la CPAM d'Ille-et-Vilaine. Je souhaiterais vous rencontrer une vingtaine de minutes à votre cabinet pour vous présenter les nouveautés de la convention médicale (consultation longue, forfait médecin traitant) et le mémo sur la prescription des arrêts de travail.

Seriez-vous disponible la semaine du 6 octobre ? Je m'adapte à vos horaires.

Bien cordialement,

Maëlle Le Goff
Déléguée de l'Assurance Maladie
CPAM d'Ille-et-Vilaine
Tél. 02 99 29 47 61
""",
  phones=["+33299294761"], text_only=True)

O("l_urssaf_echeancier", "legitimate", "fr",
  ("Urssaf", "ne-pas-repondre@urssaf.fr"),
  "Un nouveau document est disponible dans votre espace",
  "Fri, 31 Jan 2025 05:50:00 +0100",
  """Bonjour,

Un nouveau document est disponible dans votre espace en ligne : Échéancier de cotisations 2025.

Pour le consulter, connectez-vous à votre espace sur {L0}, rubrique « Mes documents ».

Ce message est envoyé automatiquement, merci de ne pas y répondre. Pour nous contacter, utilisez la messagerie de votre espace.

Votre Urssaf
""",
  links=[("urssaf.fr", "https://www.urssaf.fr/accueil/espace-personnel.html")])

O("l_ars_rougeole", "legitimate", "fr",
  ("ARS Bretagne - Veille sanitaire", "ars-bretagne-alerte@ars.sante.fr"),
  "Information des professionnels de santé : cas groupés de rougeole en Ille-et-Vilaine",
  "Wed, 05 Feb 2025 16:20:00 +0100",
  """Mesdames, Messieurs,

L'ARS Bretagne a été informée de 6 cas de rougeole survenus depuis le 20 janvier dans le secteur de Fougères, dont 2 hospitalisés.

Nous vous demandons :
- de vérifier le statut vaccinal de vos patients (2 doses de ROR pour les personnes nées depuis 1980) ;
- d'évoquer le diagnostic devant toute fièvre éruptive ;
- de signaler sans délai tout cas suspect à la plateforme de veille : 09 74 50 00 09 ou ars35-alerte@ars.sante.fr.

Les recommandations détaillées sont disponibles ici : {L0}

Le Département Veille et Sécurité Sanitaire
Agence régionale de santé Bretagne
""",
  links=[("www.bretagne.ars.sante.fr", "https://www.bretagne.ars.sante.fr/rougeole-information-des-professionnels")],
  phones=["+33974500009"])

O("l_has_newsletter", "legitimate", "fr",
  ("Haute Autorité de santé", "newsletter@has-sante.fr"),
  "HAS Actualités - nouvelles recommandations de bonne pratique",
  "Tue, 13 May 2025 11:00:00 +0200",
  """HAS Actualités & Pratiques

Au sommaire :
- Recommandation : prise en charge de l'hypertension artérielle de l'adulte (mise à jour)
- Fiche mémo : antibiothérapie des infections respiratoires hautes
- Certification périodique : la HAS publie les référentiels des conseils nationaux professionnels

Lire la lettre : {L0}

Vous êtes abonné à la lettre HAS Actualités. {L1}
""",
  links=[("www.has-sante.fr", "https://www.has-sante.fr/jcms/c_2612345/fr/has-actualites-pratiques"),
         ("Gérer mon abonnement", "https://www.has-sante.fr/jcms/abonnements")],
  html_only=True)

O("l_dgs_urgent", "legitimate", "fr",
  ("DGS-Urgent", "dgs-urgent@sante.gouv.fr"),
  "DGS-URGENT N°2025-08 : rappel de lots d'amoxicilline suspension buvable",
  "Thu, 10 Jul 2025 18:02:00 +0200",
  """DGS-URGENT
DATE : 10/07/2025
REFERENCE : DGS-URGENT N°2025-08
TITRE : Rappel de lots d'amoxicilline suspension buvable 500 mg/5 ml

Professionnels ciblés : médecins généralistes, pédiatres, pharmaciens d'officine.

Suite à un défaut de qualité, plusieurs lots font l'objet d'un rappel. Les alternatives disponibles et la conduite à tenir sont détaillées sur le site de l'ANSM.

{L0}

Pour vous désabonner de DGS-Urgent, rendez-vous sur {L1}
""",
  links=[("Consulter le message complet", "https://sante.gouv.fr/professionnels/article/dgs-urgent"),
         ("https://dgs-urgent.sante.gouv.fr", "https://dgs-urgent.sante.gouv.fr/dgsurgent/inter/desinscription.do")])

O("l_chu_dsi_mdp", "legitimate", "fr",
  ("DSN - CHU de Rennes", "dsn-communication@chu-rennes.fr"),
  "[Action requise] Renouvellement de votre mot de passe avant le 14 février",
  "Mon, 03 Feb 2025 08:30:00 +0100",
  """Bonjour,

Dans le cadre du renforcement de la sécurité du système d'information, les mots de passe des comptes praticiens attachés doivent être renouvelés avant le 14 février 2025.

Le changement s'effectue depuis un poste du CHU ou via le portail de gestion des mots de passe : {L0}

Rappel : la DSN ne vous demandera jamais votre mot de passe par mail ou par téléphone. En cas de difficulté, contactez le support au 02 99 28 42 00 (poste 84200).

Direction du Service Numérique
CHU de Rennes
""",
  links=[("https://monmotdepasse.chu-rennes.fr", "https://monmotdepasse.chu-rennes.fr")],
  phones=["+33299284200"])

O("l_labo_resultats", "legitimate", "fr",
  ("Cerballiance Bretagne", "resultats-bretagne@cerballiance.fr"),
  "Résultats disponibles - patient DUP*** M.",
  "Sat, 22 Mar 2025 12:14:00 +0100",
  """Docteur,

Des résultats d'analyses concernant un de vos patients sont disponibles sur le serveur de résultats sécurisé.

Patient : DUP*** M. - prélevé le 21/03/2025
Dossier : 250321-0457

Connexion : {L0}

Pour votre sécurité, aucun résultat n'est transmis par messagerie non sécurisée. Vous pouvez aussi les recevoir par MSSanté en nous communiquant votre adresse.

Cerballiance Bretagne - site de Rennes Colombier
""",
  links=[("Accéder aux résultats", "https://resultats.cerballiance.fr/")])

O("l_collegue_rempla", "legitimate", "fr",
  ("Pierre Guillou", "p.guillou.medecin@orange.fr"),
  "remplacement aout",
  "Sun, 16 Mar 2025 21:47:00 +0100",
  """Salut,

Je pars du 4 au 24 août et ma remplaçante habituelle m'a lâché. Tu connaîtrais quelqu'un ? Sinon est-ce que tu pourrais prendre mes urgences comme l'an dernier, je te rends la pareille en octobre.

Au fait je t'ai envoyé un mail hier depuis mon adresse du cabinet, je ne sais pas s'il est arrivé, on a eu un souci avec l'ordi.

Pierre
06 72 18 40 95
""",
  phones=["+33672184095"], text_only=True)

O("l_patient_certificat", "legitimate", "fr",
  ("Sylvie Durand", "sylvie.durand56@gmail.com"),
  "Demande de certificat pour la piscine",
  "Tue, 26 Aug 2025 19:03:00 +0200",
  """Bonjour Docteur,

Ma fille Léa (8 ans) a besoin d'un certificat médical pour l'inscription au club de natation, à rendre avant le 10 septembre. Est-ce qu'il faut obligatoirement prendre rendez-vous ou est-ce que vous pouvez le faire avec le dernier examen de juin ?

Je peux passer le chercher au cabinet. Vous pouvez me joindre au 06 58 24 31 90.

Merci beaucoup,
Sylvie Durand
""",
  phones=["+33658243190"], text_only=True)

O("l_doctolib_facture", "legitimate", "fr",
  ("Doctolib", "no-reply@doctolib.fr"),
  "Votre facture Doctolib est disponible",
  "Sun, 02 Nov 2025 06:00:00 +0100",
  """Bonjour Docteur,

Votre facture du mois d'octobre 2025 est disponible dans votre espace Doctolib Pro, rubrique Paramètres > Facturation.

Montant : 149,00 € TTC, prélevé le 5 novembre 2025.

{L0}

L'équipe Doctolib
""",
  links=[("Voir ma facture", "https://pro.doctolib.fr/settings/billing")])

O("l_impots_avis", "legitimate", "fr",
  ("DGFiP", "ne-pas-repondre@dgfip.finances.gouv.fr"),
  "Votre avis d'impôt 2025 est disponible",
  "Fri, 25 Jul 2025 08:00:00 +0200",
  """Madame, Monsieur,

Votre avis d'impôt sur les revenus 2024 est disponible dans votre espace particulier sur impots.gouv.fr.

Pour le consulter, connectez-vous à votre espace sur {L0}, rubrique « Documents ».

Attention : la DGFiP ne vous demande jamais vos coordonnées bancaires par courriel pour un remboursement.

La Direction générale des Finances publiques
""",
  links=[("impots.gouv.fr", "https://www.impots.gouv.fr")])

O("l_google_alert_en", "legitimate", "en",
  ("Google", "no-reply@accounts.google.com"),
  "Security alert",
  "Sat, 08 Mar 2025 15:21:00 +0100",
  """A new sign-in on Mac

{to}

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

{L0}

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
  links=[("Check activity", "https://accounts.google.com/AccountChooser?Email={to}&continue=https://myaccount.google.com/alert/nt/1741443660000")],
  html_only=True)

O("l_ms_code_en", "legitimate", "en",
  ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
  "Microsoft account security code",
  "Wed, 23 Apr 2025 18:44:00 +0200",
  """Microsoft account

Security code

Please use the following security code for the Microsoft account {to}.

Security code: 739105

If you don't recognise the Microsoft account {to}, you can click {L0} to remove your email address from that account.

Thanks,
The Microsoft account team
""",
  links=[("here", "https://account.live.com/dp?ft=-DkKx7&cid=3f8a")])

O("l_bmj_toc_en", "legitimate", "en",
  ("The BMJ", "alerts@bmj.com"),
  "The BMJ: this week's research and education",
  "Fri, 14 Feb 2025 07:00:00 +0000",
  """The BMJ - Table of Contents - 15 February 2025

Research
- Long term outcomes of low dose colchicine after myocardial infarction: cohort study
- Physical activity and risk of dementia: umbrella review

Education
- Managing uncomplicated urinary tract infection in primary care

Read this issue: {L0}

You are receiving this email because you signed up for eTOC alerts from The BMJ. Manage your alerts: {L1}
BMJ Publishing Group Ltd, BMA House, Tavistock Square, London WC1H 9JR
""",
  links=[("bmj.com/content/388/8431", "https://www.bmj.com/content/388/8431?utm_source=etoc&utm_medium=email"),
         ("My alerts", "https://www.bmj.com/account/alerts")])

O("l_nejm_en", "legitimate", "en",
  ("NEJM", "nejmtoc@nejm.org"),
  "This Week in NEJM - October 16, 2025",
  "Wed, 15 Oct 2025 23:00:00 +0200",
  """This Week in the New England Journal of Medicine

Original Articles
- Semaglutide in Heart Failure with Preserved Ejection Fraction
- Early Rhythm Control in Elderly Patients with Atrial Fibrillation

Clinical Practice
- Acute Low Back Pain

{L0}

You are receiving this email because you subscribed to the NEJM Table of Contents.
Massachusetts Medical Society, 860 Winter Street, Waltham, MA 02451
""",
  links=[("View the full table of contents", "https://www.nejm.org/toc/nejm/393/15?query=etoc")],
  html_only=True)

O("l_review_invite_en", "legitimate", "en",
  ("BMC Primary Care Editorial Office", "em@editorialmanager.com"),
  "Invitation to review manuscript BPCA-D-25-00871",
  "Tue, 24 Jun 2025 12:31:00 +0200",
  """Dear Dr,

I would be grateful if you would review the manuscript "Continuity of care and emergency department use among older adults in rural France: a retrospective cohort", which has been submitted to BMC Primary Care.

The abstract is included below. If you accept, we would ask you to return your report within 14 days.

To accept or decline this invitation, please use the links below:
Agree to review: {L0}
Decline to review: {L1}

Thank you for your help.

With kind regards,
Dr. Rachel Kim
Academic Editor, BMC Primary Care
""",
  links=[("Agree", "https://www.editorialmanager.com/bpca/l.asp?i=223411&l=KX8P2QLM"),
         ("Decline", "https://www.editorialmanager.com/bpca/l.asp?i=223412&l=0S7ZJ4VE")])

O("l_esc_registration_en", "legitimate", "en",
  ("ESC Congress Registration", "registration@escardio.org"),
  "ESC Congress 2025 - Registration confirmation",
  "Mon, 05 May 2025 10:17:00 +0200",
  """Dear Doctor,

Thank you for registering for ESC Congress 2025, Madrid, 29 August - 1 September.

Registration number: ESC25-418763
Category: Delegate - ESC Professional Member

Your badge will be available for collection on site. Please note that the ESC does not work with any housing agency that contacts delegates directly: please book accommodation only through the official congress website.

{L0}

ESC Congress Registration Team
European Society of Cardiology
""",
  links=[("My ESC account", "https://www.escardio.org/Congresses-Events/ESC-Congress/Registration")])

O("l_zoom_invite_en", "legitimate", "en",
  ("Emma Clarke (via Zoom)", "no-reply@zoom.us"),
  "Invitation: Brittany-Cornwall GP exchange - case review",
  "Thu, 27 Mar 2025 17:58:00 +0100",
  """Emma Clarke is inviting you to a scheduled Zoom meeting.

Topic: Brittany-Cornwall GP exchange - case review
Time: Apr 3, 2025 07:00 PM Paris

Join Zoom Meeting
{L0}

Meeting ID: 843 1129 5567
Passcode: 214690
""",
  links=[("https://us06web.zoom.us/j/84311295567?pwd=bk9xQ2tVRmZ6", "https://us06web.zoom.us/j/84311295567?pwd=bk9xQ2tVRmZ6")])

O("l_nhs_referral_en", "legitimate", "en",
  ("Dr Oliver Pengelly", "oliver.pengelly@nhs.net"),
  "Patient moving to Rennes - continuity of care",
  "Mon, 08 Sep 2025 13:05:00 +0100",
  """Dear Colleague,

I am writing regarding a patient of mine, Mrs J.T., who is moving to Rennes at the end of the month and has given me your name as her future GP.

She has well-controlled type 1 diabetes (insulin pump) and hypothyroidism. I would be happy to send you a summary of her records through a secure route if you can suggest one, or she can bring a printed copy.

Please feel free to call the surgery on +44 1209 555 301 if that's easier.

Kind regards,
Dr Oliver Pengelly
GP Partner, Redruth Family Practice
""",
  phones=["+441209555301"], text_only=True)

O("l_mondpc_inscription", "legitimate", "fr",
  ("Mon DPC", "no-reply@mondpc.fr"),
  "Confirmation de votre inscription à une action de DPC",
  "Wed, 12 Mar 2025 20:05:00 +0100",
  """Bonjour,

Votre inscription à l'action n° 95102425012 « Antibiothérapie en ville : les bons réflexes » (organisme Formavia DPC) a bien été enregistrée.

Session : du 01/04/2025 au 30/06/2025 - format e-learning

Vous pouvez suivre l'état de votre inscription et de votre prise en charge depuis votre compte : {L0}

L'Agence nationale du DPC
""",
  links=[("www.mondpc.fr", "https://www.mondpc.fr/mondpc/")])

O("l_carmf_appel", "legitimate", "fr",
  ("CARMF", "ne-pas-repondre@carmf.fr"),
  "Votre appel de cotisations 2025 est disponible",
  "Tue, 21 Jan 2025 09:00:00 +0100",
  """Docteur,

Votre appel de cotisations 2025 est disponible dans votre espace personnel sur le site de la CARMF.

Vous y trouverez le détail des cotisations du régime de base, du régime complémentaire vieillesse, du régime invalidité-décès et de l'ASV, ainsi que l'échéancier des prélèvements.

Accéder à mon espace : {L0}

La CARMF ne vous demandera jamais vos coordonnées bancaires par courriel.
""",
  links=[("www.carmf.fr", "https://www.carmf.fr/")])

O("l_mailiz_mdp", "legitimate", "fr",
  ("Mailiz", "ne-pas-repondre@mailiz.mssante.fr"),
  "Mailiz : votre mot de passe expire dans 15 jours",
  "Thu, 06 Nov 2025 07:30:00 +0100",
  """Bonjour,

Le mot de passe de votre messagerie sécurisée Mailiz expirera dans 15 jours.

Pour le modifier, connectez-vous à votre messagerie comme d'habitude ({L0}), puis rendez-vous dans Paramètres > Sécurité.

Mailiz ne vous demandera jamais votre mot de passe ni votre code PIN CPS par courriel.

L'équipe Mailiz
Messagerie sécurisée de santé de l'Ordre des médecins
""",
  links=[("mailiz.mssante.fr", "https://mailiz.mssante.fr")])

O("l_cdom_soiree", "legitimate", "fr",
  ("CDOM 35", "secretariat@cdom35.ordre.medecin.fr"),
  "Invitation - soirée d'information « Certification périodique : où en est-on ? » - 27 novembre",
  "Mon, 03 Nov 2025 11:30:00 +0100",
  """Chère Consœur, Cher Confrère,

Le Conseil départemental a le plaisir de vous convier à une soirée d'information sur la certification périodique le jeudi 27 novembre 2025 à 20 h, à la Maison des associations de Rennes.

Interventions : le calendrier du dispositif, le rôle des conseils nationaux professionnels, les démarchages frauduleux et comment s'en protéger.

Inscription (gratuite) par retour de mail ou au 02 99 38 28 98.

Confraternellement,
Le Bureau du Conseil départemental
""",
  phones=["+33299382898"])

O("l_pharmacie_question", "legitimate", "fr",
  ("Pharmacie des Lices", "pharmaciedeslices@wanadoo.fr"),
  "Question ordonnance Mme K.",
  "Thu, 18 Sep 2025 16:52:00 +0200",
  """Bonjour Docteur,

Une de vos patientes, Mme K. (née en 1948), s'est présentée avec une ordonnance de lévothyroxine 175 µg alors que son traitement habituel est de 75 µg. S'agit-il d'une modification volontaire ?

Elle attend à l'officine, pourriez-vous nous rappeler au 02 99 79 14 36 ?

Merci,
Claire, pharmacienne
Pharmacie des Lices - Rennes
""",
  phones=["+33299791436"], text_only=True)

O("l_uptodate_en", "legitimate", "en",
  ("UpToDate", "customerservice@wolterskluwer.com"),
  "Your UpToDate subscription renews on 1 March",
  "Sat, 01 Feb 2025 14:00:00 +0100",
  """Dear Subscriber,

Your individual UpToDate subscription is set to renew automatically on March 1, 2025 for EUR 559.00 using the payment method on file.

If you wish to change your renewal options, please sign in to your account: {L0}

Thank you for choosing UpToDate.

UpToDate Customer Service
Wolters Kluwer Health
""",
  links=[("www.uptodate.com/myaccount", "https://www.uptodate.com/myaccount")])

O("l_doctolib_reset", "legitimate", "fr",
  ("Doctolib", "no-reply@doctolib.fr"),
  "Réinitialisation de votre mot de passe",
  "Tue, 01 Jul 2025 08:03:00 +0200",
  """Bonjour,

Une demande de réinitialisation de mot de passe a été effectuée pour votre compte Doctolib Pro.

{L0}

Ce lien expire dans 30 minutes. Si vous n'avez pas fait cette demande, vous pouvez ignorer cet e-mail.

L'équipe Doctolib
""",
  links=[("Réinitialiser mon mot de passe", "https://pro.doctolib.fr/password/edit?reset_password_token=9fKxQ2")])

O("l_sms_amelipro_code", "legitimate", "fr", ("AMELI", ""),
  "SMS", "Mon, 10 Mar 2025 08:47:00 +0100",
  """Votre code de connexion amelipro est 493021. Il est valable 10 minutes. Ne le communiquez a personne, l'Assurance Maladie ne vous le demandera jamais.""",
  kind="sms")

O("l_call_cpam", "legitimate", "fr", ("appel 02 99 29 47 61", ""),
  "Appel téléphonique", "Thu, 25 Sep 2025 12:00:00 +0200",
  """Déléguée de la CPAM qui appelle pour fixer la visite annoncée par mail, ne demande rien d'autre, 02 99 29 47 61.""",
  phones=["+33299294761"], kind="call")

O("l_clinique_gardes", "legitimate", "fr",
  ("Bureau des affaires médicales - Clinique Saint-Yves", "affaires.medicales@clinique-saint-yves-rennes.fr"),
  "Planning des astreintes décembre - à valider",
  "Fri, 14 Nov 2025 15:10:00 +0100",
  """Bonjour à tous,

Vous trouverez ci-dessous le lien vers le planning prévisionnel des astreintes de décembre sur l'intranet de la clinique. Merci de signaler vos indisponibilités avant le 21 novembre.

{L0}

L'identifiant reste votre identifiant habituel de l'intranet. En cas de souci d'accès, appelez Karine au 02 99 26 56 12.

Bien cordialement,
Le bureau des affaires médicales
""",
  links=[("Planning astreintes décembre", "https://intranet.clinique-saint-yves-rennes.fr/planning/astreintes-2025-12")],
  phones=["+33299265612"])

O("l_wiley_proofs_en", "legitimate", "en",
  ("Wiley Author Services", "cs-author@wiley.com"),
  "Your article proofs are ready for review - FAMPRJ-2025-0418",
  "Wed, 29 Oct 2025 09:22:00 +0100",
  """Dear Author,

The proofs of your article "Deprescribing benzodiazepines in general practice: a mixed-methods study" (FAMPRJ-2025-0418) are ready for your review.

Please access your proofs using the link below and return your corrections within 48 hours:
{L0}

If you have any questions, please contact the production editor.

Wiley Author Services
""",
  links=[("Access proofs", "https://authorservices.wiley.com/proofs/FAMPRJ-2025-0418")])

O("l_council_patient_plainte", "legitimate", "fr",
  ("Conseil départemental de l'Ordre des médecins d'Ille-et-Vilaine", "juridique@cdom35.ordre.medecin.fr"),
  "Courrier de patient - demande d'observations",
  "Tue, 07 Oct 2025 14:45:00 +0200",
  """Cher Confrère,

Le Conseil départemental a été destinataire d'un courrier d'une patiente vous concernant. Conformément à la procédure, nous vous en adressons copie par courrier postal et vous invitons à nous faire part de vos observations écrites dans un délai de quinze jours.

Il ne s'agit pas d'une plainte disciplinaire à ce stade. Une conciliation pourra vous être proposée si la patiente le souhaite.

Le service juridique reste à votre disposition au 02 99 38 28 98.

Confraternellement,
Le service juridique du CDOM 35
""",
  phones=["+33299382898"], text_only=True)
