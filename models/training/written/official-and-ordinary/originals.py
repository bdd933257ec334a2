# -*- coding: utf-8 -*-
"""Hand-written originals. Links are written [[shown text|real target]] (or [[url]]).

Each original: id, label, lang, kind (email/sms/call/voicemail/whatsapp/letter), frm=(name, address),
subject, date, body, doms (hand-written registered domains of every link / plain-text domain),
phones (hand-written E.164 of every number in the body).  Optional: reply_to, nameonly, html, xmailer.
SMS, calls, WhatsApp and letters are written as the doctor would see / describe them; their
reports carry them typed or pasted (see reports.py).
"""
ORIGINALS = []


def O(id, label, lang, frm, subject, date, body, doms="", phones="", kind="email", **kw):
    d = dict(id=id, label=label, lang=lang, frm=frm, subject=subject, date=date, body=body,
             doms=doms, phones=phones, kind=kind)
    d.update(kw)
    ORIGINALS.append(d)


# =====================================================================================
# FRAUD — French
# =====================================================================================
O("f01", "fraud", "fr", ("Agence nationale du DPC - Certification", "notification@agencedpc-certification.fr"),
  "Certification périodique : clôture de votre période d'enregistrement le 15/10", "2025-09-29 08:41", """
Docteur,

Dans le cadre de la mise en œuvre de la certification périodique prévue par l'ordonnance n° 2021-961 du 19 juillet 2021, chaque médecin inscrit au tableau doit avoir validé l'ouverture de son parcours individuel avant le 15 octobre 2025.

Nos services constatent qu'aucune action n'a été enregistrée à ce jour sur votre compte. Sans régularisation de votre part, votre dossier sera transmis au conseil départemental de l'Ordre dont vous relevez, qui pourra engager une procédure de suspension de votre droit d'exercice.

Pour régulariser votre situation en moins de cinq minutes :
[[Accéder à mon espace certification|https://espace.agencedpc-certification.fr/connexion?ref=CP25-88412]]

Munissez-vous de votre numéro RPPS et de vos identifiants Mon DPC.

Nous vous prions d'agréer, Docteur, l'expression de nos salutations distinguées.

Le service Certification périodique
Agence nationale du Développement Professionnel Continu
""", doms="agencedpc-certification.fr")

O("f02", "fraud", "fr", ("", ""), "SMS ProSanteConnect", "2025-11-04 19:12", """
ProSanteConnect: votre e-CPS expire le 08/11/2025. Sans renouvellement vos acces (ameli pro, DMP, Mon DPC) seront bloques. Renouveler: https://e-cps-renouvellement.fr/r/7Hq2
""", doms="e-cps-renouvellement.fr", kind="sms")

O("f03", "fraud", "fr", ("Conseil National de l'Ordre des Médecins", "cotisations@cnom-cotisations.fr"),
  "Relance : cotisation ordinale 2025 non réglée - majoration applicable", "2025-05-12 10:03", """
Madame, Monsieur le Docteur,

Sauf erreur de notre part, votre cotisation ordinale au titre de l'année 2025 (montant : 345,00 €) demeure impayée à ce jour malgré nos précédents envois.

Nous vous rappelons que le paiement de la cotisation est une obligation légale pour tout médecin inscrit au tableau (article L.4122-2 du Code de la santé publique). À défaut de règlement sous 8 jours, une majoration de 10 % sera appliquée et votre dossier sera transmis à la chambre disciplinaire.

Vous pouvez régler par carte bancaire sur votre espace sécurisé :
[[https://www.cnom-cotisations.fr/paiement|https://www.cnom-cotisations.fr/paiement/?id=0056-7741]]

ou par virement sur le compte suivant :
Titulaire : CNOM SERVICE COTISATIONS
IBAN : FR76 1695 8000 0142 7719 3356 211
BIC : QNTOFRP1XXX
Référence à indiquer : 0056-7741

Le Service des cotisations
Conseil National de l'Ordre des Médecins
""", doms="cnom-cotisations.fr", reply_to=("Service cotisations CNOM", "cnom.cotisations.service@gmail.com"))

O("f04", "fraud", "fr", ("Assurance Maladie - Espace Pro", "info@ameli-pro-miseajour.com"),
  "Mise à jour obligatoire de votre module de télétransmission SESAM-Vitale", "2025-02-17 07:55", """
Bonjour Docteur,

À compter du 1er mars 2025, les feuilles de soins électroniques transmises avec une version antérieure à 1.40.14 ne seront plus acceptées par les caisses. Les paiements correspondants seront suspendus.

Votre poste a été identifié comme utilisant une version non conforme.

Téléchargez et installez le correctif avant le 28 février :
[[Télécharger le module SESAM-Vitale 1.40.14|https://ameli-pro-miseajour.com/telechargement/SV140_14_setup.exe]]

L'installation nécessite la saisie de votre code porteur CPS pour validation.

Cordialement,
Le support technique ameli pro
""", doms="ameli-pro-miseajour.com")

O("f05", "fraud", "fr", ("Chambre disciplinaire de première instance", "greffe.chambre-disciplinaire@gmail.com"),
  "Notification d'une plainte déposée à votre encontre - Réf. CDPI/2025/0417", "2025-06-23 14:20", """
Docteur,

Nous vous informons qu'une plainte a été déposée à votre encontre par une patiente auprès du conseil départemental de l'Ordre des médecins, pour manquement aux articles R.4127-35 et R.4127-47 du Code de la santé publique.

Conformément à la procédure, vous disposez d'un délai de 10 jours pour prendre connaissance de la plainte et transmettre vos observations. Passé ce délai, l'affaire sera instruite sans vos observations.

Le dossier est consultable en ligne (accès sécurisé par vos identifiants de messagerie professionnelle) :
[[Consulter la plainte CDPI-2025-0417.pdf|https://plainte-cdpi-2025.web.app/dossier/0417]]

Le greffe
Chambre disciplinaire de première instance
""", doms="web.app")

O("f06", "fraud", "fr", ("", ""), "WhatsApp +33 7 56 81 20 44", "2025-10-02 12:31", """
Ordre des Médecins – Service Contentieux
Docteur, un avis de contravention n°OM-2025-88102 a été émis à votre nom pour défaut d'enregistrement de votre certification périodique. Montant : 135 €. Majoré à 375 € après 72h.
Régularisez ici : ordre-medecins-amendes.fr/payer
Ne pas répondre à ce message.
""", doms="ordre-medecins-amendes.fr", phones="+33756812044", from_phone="+33756812044", kind="whatsapp")

O("f07", "fraud", "fr", ("", ""), "Message vocal", "2025-03-11 11:02", """
Bonjour, ce message s'adresse au docteur, ici Madame Laurent de la direction régionale de certification périodique. Je vous appelle au sujet de votre dossier de certification qui n'est toujours pas validé. Il faut absolument que vous me rappeliez avant vendredi sinon je serai obligée de transmettre pour radiation. Mon numéro direct c'est le 01 84 80 27 63, je répète 01 84 80 27 63. Bonne journée.
""", phones="+33184802763", kind="voicemail")

O("f08", "fraud", "fr", ("", ""), "Appel téléphonique", "2025-04-08 16:40", """
Ce matin vers 10h, appel au cabinet d'un homme se présentant comme « conseiller de l'Agence du numérique en santé ». Il a demandé à me parler personnellement, puis m'a expliqué que mon e-CPS devait être « resynchronisée » à cause de la certification périodique et que j'allais recevoir un code par SMS qu'il fallait lui lire. J'ai effectivement reçu un SMS avec un code à 6 chiffres juste après. Je ne lui ai pas donné et j'ai raccroché. Il appelait du 09 74 99 13 08.
""", phones="+33974991308", kind="call")

O("f09", "fraud", "fr", ("Élections ordinales 2025", "vote@elections-ordre-medecins.fr"),
  "Élections au conseil départemental : votre code de vote", "2025-03-03 09:00", """
Madame, Monsieur,

Les élections pour le renouvellement par moitié du conseil départemental de l'Ordre des médecins se tiennent cette année exclusivement par voie électronique, du 3 au 17 mars 2025.

Pour voter, connectez-vous à la plateforme officielle avec votre numéro RPPS et le mot de passe de votre espace ordinal :
[[Je vote|https://elections-ordre-medecins.fr/vote/login]]

Afin de garantir la sincérité du scrutin, une vérification d'identité par carte bancaire (aucun débit) vous sera demandée.

La Commission électorale
""", doms="elections-ordre-medecins.fr")

O("f10", "fraud", "fr", ("Agence du Numérique en Santé", "no-reply@esante-gouv.fr"),
  "Votre e-CPS doit être renouvelée", "2025-01-21 13:17", """
Bonjour,

Votre carte e-CPS associée à votre identifiant RPPS arrive à échéance le 31/01/2025.

Pour continuer à accéder à vos services numériques en santé (DMP, MSSanté, ameli pro, certification périodique), nous vous invitons à confirmer vos informations.

[[Renouveler mon e-CPS|https://wallet.esante-gouv.fr/renouvellement]]

Cette opération ne prend que quelques minutes. Munissez-vous de votre carte CPS et de son code PIN.

L'équipe Pro Santé Connect
Agence du Numérique en Santé
""", doms="esante-gouv.fr")

O("f11", "fraud", "fr", ("Mon DPC", "contact@mondpc-solde.fr"),
  "Votre enveloppe DPC 2025 : 1 470 € non utilisés", "2025-11-18 10:12", """
Bonjour Docteur,

Au titre de l'année 2025, vous disposez d'une prise en charge individuelle de 1 470 € pour vos actions de développement professionnel continu, ainsi que d'une indemnisation pour perte de ressources.

À ce jour, ce montant n'a pas été utilisé. Il ne sera pas reporté sur l'exercice 2026.

Pour ne pas perdre vos droits, sélectionnez une action avant le 15 décembre. Notre équipe se charge de l'inscription et de la création de votre compte si nécessaire.

[[Consulter mon solde et mes actions éligibles|https://www.mondpc-solde.fr/solde?rpps=]]

Une conseillère peut aussi vous rappeler : 01 76 42 18 90 (du lundi au vendredi, 9h-18h).

L'équipe Mon DPC
""", doms="mondpc-solde.fr", phones="+33176421890")

O("f12", "fraud", "fr", ("", ""), "SMS AMELI", "2025-05-26 08:03", """
AMELI : Suite a une erreur de traitement, un remboursement de 84,20EUR est en attente sur votre compte. Confirmez vos coordonnees bancaires sous 48h : ameli-rembourse.info/fr
""", doms="ameli-rembourse.info", kind="sms")

O("f13", "fraud", "fr", ("Urssaf - Service recouvrement", "recouvrement@urssaf-regularisation.com"),
  "Avis de régularisation - cotisations 2024 - majorations de retard", "2025-04-14 15:48", """
Madame, Monsieur,

Après contrôle de vos déclarations de revenus non salariés 2024, un écart a été constaté entre les revenus déclarés et les cotisations appelées.

Montant à régulariser : 2 184,00 €
Majorations de retard : 218,40 €

Afin d'éviter l'engagement d'une procédure de recouvrement forcé, nous vous invitons à consulter votre avis de régularisation et à procéder au règlement dans un délai de 15 jours.

[[Consulter mon avis (PDF)|https://urssaf-regularisation.com/avis/2024-RG-447812.pdf]]

Votre Urssaf
""", doms="urssaf-regularisation.com")

O("f14", "fraud", "fr", ("impots.gouv.fr", "remboursement@dgfip-remboursement.com"),
  "Avis de remboursement d'impôt", "2025-07-09 21:33", """
DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES

Après les derniers calculs de votre activité fiscale annuelle, nous avons déterminé que vous êtes admissible à recevoir un remboursement d'impôt de 312,47 €.

Veuillez soumettre la demande de remboursement et nous laisser 3 à 5 jours ouvrables afin de la traiter.

[[Accéder au formulaire de remboursement|https://secure-impots.dgfip-remboursement.com/formulaire]]

Un remboursement peut être retardé pour diverses raisons, par exemple la soumission de dossiers non valides ou l'inscription après la date limite.

Cordialement,
Service des impôts des particuliers
""", doms="dgfip-remboursement.com")

O("f15", "fraud", "fr", ("Doctolib Pro", "securite@doctolib-pro-verification.com"),
  "Action requise : vérification de vos coordonnées de facturation", "2025-08-19 09:27", """
Bonjour Docteur,

Le prélèvement de votre abonnement Doctolib du mois d'août a été rejeté par votre banque.

Afin d'éviter la suspension de votre agenda en ligne et l'annulation des rendez-vous de vos patients, merci de mettre à jour vos coordonnées bancaires sous 24 heures.

[[Mettre à jour mes coordonnées|https://doctolib-pro-verification.com/facturation/maj]]

L'équipe Doctolib
""", doms="doctolib-pro-verification.com")

O("f16", "fraud", "fr", ("", ""), "SMS CreditAgri", "2025-09-12 18:47", """
Credit Agricole: Votre SecuriPass a ete desactive suite a une mise a jour de securite. Reactivez-le avant 23h59 pour eviter la suspension de votre acces : https://ca-securipass-reactivation.com
""", doms="ca-securipass-reactivation.com", kind="sms")

O("f17", "fraud", "fr", ("Dr Anne-Claire Moreau", "ac.moreau56@orange.fr"),
  "Compte rendu RCP oncologie - document partagé", "2025-02-05 17:06", """
Bonjour,

Je vous partage le compte rendu de la dernière RCP concernant notre patient commun. Le document est trop volumineux pour la messagerie.

[[Ouvrir le document (OneDrive)|https://bit.ly/3RcpOnco25]]

Vous devrez vous identifier avec votre adresse mail pour y accéder.

Bien confraternellement,
Anne-Claire Moreau
""", doms="bit.ly", html=True)

O("f18", "fraud", "fr", ("", ""), "Courrier papier", "2025-01-28 09:00", """
REGISTRE NATIONAL DES PROFESSIONNELS DE SANTÉ
Service des inscriptions – 12 rue de la Paix – 75002 Paris

FORMULAIRE DE MISE À JOUR – À RETOURNER SOUS 10 JOURS

Afin de garantir l'exactitude de votre inscription au registre, veuillez vérifier les informations ci-dessous, signer et retourner ce formulaire.
Numéro d'enregistrement : RNPS-56-20931
Insertion annuelle : 890,00 € HT (cf. conditions au verso)
Règlement par virement à réception de facture.
Renseignements : 01 53 45 90 12 – www.registre-professionnels-sante.fr
""", doms="registre-professionnels-sante.fr", phones="+33153459012", kind="letter")

O("f19", "fraud", "fr", ("", ""), "Appel téléphonique", "2025-06-05 12:15", """
Appel sur mon portable personnel (numéro pourtant sur liste rouge) d'une femme disant appeler du « service de contrôle RPPS de l'Ordre ». Elle connaissait mon nom et mon adresse de cabinet. Elle voulait que je confirme ma date de naissance, mon numéro RPPS et « les quatre derniers chiffres de la carte CPS » pour « éviter la désactivation du compte au 30 juin ». J'ai refusé, elle a insisté lourdement et a fini par raccrocher. Numéro affiché : 07 44 31 62 85.
""", phones="+33744316285", kind="call")

O("f20", "fraud", "fr", ("Haute Autorité de Santé - Évaluation des pratiques", "evaluation@has-sante-evaluation.fr"),
  "Évaluation obligatoire de vos pratiques professionnelles - relance n°2", "2025-10-21 11:11", """
Docteur,

Vous avez été tiré(e) au sort pour participer au programme national d'évaluation des pratiques professionnelles en médecine de ville (EPP 2025).

Votre participation est obligatoire. Le questionnaire doit être complété avant le 31 octobre. À défaut, votre non-participation sera signalée à l'Agence régionale de santé et au conseil de l'Ordre.

[[Compléter le questionnaire|https://has-sante-evaluation.fr/epp2025/questionnaire]]

Durée estimée : 15 minutes. Vos identifiants ameli pro vous seront demandés pour pré-remplir votre patientèle.

Haute Autorité de Santé
""", doms="has-sante-evaluation.fr")

O("f21", "fraud", "fr", ("ARS - Contrôle des établissements", "controle@ars-conformite-cabinets.fr"),
  "Contrôle de conformité de votre cabinet médical", "2025-03-25 10:40", """
Madame, Monsieur,

Dans le cadre de la campagne régionale de contrôle de conformité des locaux recevant des patients (accessibilité, hygiène, DASRI), votre cabinet a été retenu.

Afin de préparer la visite, vous voudrez bien déposer sous quinze jours les pièces suivantes sur la plateforme dédiée : attestation d'assurance RCP, contrat DASRI, Kbis de la SCM, relevé d'identité bancaire du cabinet.

[[Déposer mes documents|https://depot.ars-conformite-cabinets.fr/cabinet]]

Nous restons à votre disposition au 02 59 16 40 77.

Le pôle Inspection - Contrôle
""", doms="ars-conformite-cabinets.fr", phones="+33259164077")

O("f22", "fraud", "fr", ("Ordre des médecins - Espace ordinal", "securite@espace-ordre-medecin.fr"),
  "Réinitialisation de votre mot de passe", "2025-08-30 03:14", """
Bonjour,

Une demande de réinitialisation du mot de passe de votre espace ordinal a été effectuée.

Si vous êtes à l'origine de cette demande, cliquez sur le lien ci-dessous. Si ce n'est pas le cas, cliquez également sur le lien pour annuler la demande et sécuriser votre compte, faute de quoi votre accès sera bloqué.

[[Réinitialiser / annuler|https://espace-ordre-medecin.fr/reset?token=a8f31c0e]]

Ce lien expire dans 2 heures.
""", doms="espace-ordre-medecin.fr")

O("f23", "fraud", "fr", ("Mailiz - MSSanté", "alerte@mailiz-mssante.com"),
  "Votre boîte Mailiz est pleine à 98 %", "2025-12-02 08:22", """
Bonjour,

Votre boîte aux lettres sécurisée Mailiz a atteint 98 % de sa capacité (4,9 Go / 5 Go). Les nouveaux messages de vos correspondants (comptes rendus, résultats de biologie) seront rejetés.

Vous pouvez augmenter gratuitement votre espace de stockage en vous reconnectant :

[[Augmenter mon espace|https://mailiz-mssante.com/quota/extend]]

Service Mailiz
""", doms="mailiz-mssante.com")

O("f24", "fraud", "fr", ("CARMF - Service prestations", "prestations@carmf-remboursements.fr"),
  "Trop-perçu de cotisations 2024 : remboursement en attente", "2025-06-30 16:02", """
Cher(e) adhérent(e),

Suite au recalcul de vos cotisations 2024 sur la base de vos revenus définitifs, un trop-perçu de 1 126,00 € a été constaté en votre faveur.

Pour recevoir ce remboursement, il vous suffit de confirmer vos coordonnées bancaires dans le formulaire sécurisé ci-dessous. Sans réponse sous 30 jours, la somme sera affectée à vos cotisations futures.

[[Confirmer mes coordonnées bancaires|https://carmf-remboursements.fr/adherent/rib]]

La CARMF
""", doms="carmf-remboursements.fr")

O("f25", "fraud", "fr", ("", ""), "SMS 06 45 22 91 07", "2025-10-14 13:29", """
Dr, votre droit a formation DPC 2025 (pris en charge a 100% + indemnisation) arrive a echeance. Derniers jours pour l'activer. Rappelez votre conseillere au 09 70 71 84 52. STOP au 36111
""", phones="+33645229107;+33970718452", from_phone="+33645229107", kind="sms")

O("f26", "fraud", "fr", ("Direction régionale de certification périodique", "drcp.bretagne@gmail.com"),
  "Votre dossier de certification périodique - pièces manquantes", "2025-05-06 09:58", """
Bonjour Docteur,

Suite à nos tentatives d'appel restées sans réponse, nous vous informons que votre dossier de certification périodique est incomplet. Votre cycle de certification ne pourra pas être validé en l'état.

Il vous appartient de contacter votre conseillère référente, Madame Delcourt, avant le 16 mai au 01 89 71 25 40 afin de finaliser votre inscription aux actions obligatoires.

Nous vous rappelons que le défaut de certification peut entraîner l'interdiction d'exercer.

Direction régionale de certification périodique – Bretagne
""", phones="+33189712540", html=False)

O("f27", "fraud", "fr", ("", ""), "WhatsApp Sophie ANDPC", "2025-02-26 14:03", """
Bonjour Docteur, c'est Sophie de l'ANDPC 😊 Je vous contacte car votre compte Mon DPC n'a pas encore été activé pour 2025 et vous risquez de perdre votre budget formation. Je peux le faire avec vous en 2 minutes, il me faut juste votre adresse mail de connexion et votre mot de passe, ou sinon le code que vous allez recevoir par SMS. Vous êtes disponible ?
""", phones="+33628734051", from_phone="+33628734051", kind="whatsapp")

O("f28", "fraud", "fr", ("Assurance Maladie via DocuSign", "dse@docusign-ameli.net"),
  "Avenant à la convention médicale - signature requise", "2025-01-08 10:30", """
Assurance Maladie vous a envoyé un document à examiner et à signer.

AVENANT N°2 CONVENTION MEDICALE - ADHESION INDIVIDUELLE

Docteur, votre adhésion individuelle à l'avenant doit être signée électroniquement avant le 20 janvier pour le maintien du secteur conventionnel et de vos revalorisations.

[[EXAMINER LE DOCUMENT|https://docusign-ameli.net/signing/e7c1d]]

Ne partagez pas cet e-mail. Ce message contient un lien d'accès sécurisé.
""", doms="docusign-ameli.net")

O("f29", "fraud", "fr", ("", ""), "SMS ANS-CPS", "2025-07-01 10:15", """
ANS: Votre nouvelle carte CPS est prete a l'envoi. Des frais de port de 2,99EUR restent a regler pour l'expedition: https://cps-expedition.com/suivi?id=56213
""", doms="cps-expedition.com", kind="sms")

O("f30", "fraud", "fr", ("Service DPC - Accompagnement", "accompagnement@formation-dpc-officiel.fr"),
  "Suite à notre entretien téléphonique", "2025-09-17 11:45", """
Bonjour Docteur,

Suite à notre échange téléphonique de ce jour, je vous confirme la prise en charge de votre inscription aux deux actions retenues (« Antibiothérapie en ville » et « Dépistage du cancer colorectal »), financées à 100 % par l'ANDPC, avec une indemnisation de 945 €.

Pour finaliser votre dossier, merci de me retourner par retour de mail :
- votre numéro RPPS
- l'adresse e-mail et le mot de passe de votre compte Mon DPC (nous effectuons l'inscription à votre place)
- un RIB pour le versement de l'indemnisation

Je reste joignable au 07 82 14 55 39.

Bien cordialement,
Julie Marchand
Chargée d'accompagnement DPC
""", phones="+33782145539")

O("f31", "fraud", "fr", ("Support informatique", "it-support@ghbs-messagerie.fr"),
  "Votre mot de passe de messagerie expire aujourd'hui", "2025-04-29 06:58", """
Bonjour,

Le mot de passe de votre compte de messagerie hospitalière expire aujourd'hui. Pour conserver le même mot de passe et éviter l'interruption de vos services (messagerie, DPI, Teams), veuillez confirmer vos identifiants :

[[Conserver mon mot de passe actuel|https://ghbs-auth.pages.dev/keep]]

Direction des Systèmes d'Information
""", doms="pages.dev")

O("f32", "fraud", "fr", ("", ""), "SMS Justice", "2025-11-25 07:48", """
TRIBUNAL JUDICIAIRE: Une plainte pour faute medicale a ete enregistree contre vous (dossier 25/04417). Consultez l'avis d'audience: https://avis-plainte-justice.info/25-04417 ou contactez le greffe au 01 87 65 33 20
""", doms="avis-plainte-justice.info", phones="+33187653320", kind="sms")

O("f33", "fraud", "fr", ("Annuaire Santé - Mise à jour des fiches", "fiches@annuaire-sante-praticiens.com"),
  "Votre fiche praticien sera désactivée le 30 novembre", "2025-11-10 14:12", """
Bonjour Docteur,

Les informations de votre fiche praticien (adresse du cabinet, horaires, conventionnement) n'ont pas été vérifiées depuis plus de 24 mois.

Conformément à la nouvelle réglementation sur l'information des patients, les fiches non vérifiées seront désactivées le 30 novembre et n'apparaîtront plus dans les résultats de recherche.

[[Vérifier ma fiche|https://annuaire-sante-praticiens.com/verif?p=56]]

La vérification est gratuite et ne prend qu'une minute.
""", doms="annuaire-sante-praticiens.com")

O("f34", "fraud", "fr", ("Conseil départemental de l'Ordre des médecins", "tresorerie@cdom56-ordre.fr"),
  "Entraide ordinale : appel à contribution exceptionnelle", "2025-12-08 09:31", """
Chère Consœur, Cher Confrère,

Le conseil départemental a décidé, lors de sa séance plénière, de lancer un appel à contribution exceptionnelle de 150 € afin d'abonder le fonds d'entraide destiné aux confrères en difficulté.

Cette contribution est à régler avant le 31 décembre par virement :
IBAN : FR76 3004 7140 5400 0207 7110 485
Bénéficiaire : ENTRAIDE CDOM
Référence : votre nom et numéro RPPS

Le trésorier du conseil départemental
""", html=False)

O("f35", "fraud", "fr", ("", ""), "Message vocal", "2025-08-07 17:22", """
Oui bonjour, Maître Garnier, commissaire de justice, je souhaite joindre le docteur concernant une procédure engagée par une de vos patientes. C'est urgent, il y a une date d'audience. Merci de me rappeler au 09 78 44 12 60 en rappelant la référence G-4471. Au revoir.
""", phones="+33978441260", kind="voicemail")

O("f36", "fraud", "fr", ("Mme Helene Durand", "helene.durand.fondation@outlook.com"),
  "Don de bienfaisance pour un médecin", "2025-03-19 23:51", """
Bonjour Docteur

Je suis Mme Helene Durand, agée de 74 ans, atteinte d'un cancer en phase terminale. N'ayant pas d'enfant, j'ai decidée de faire don de mes bien a une personne du milieu médical qui saura en faire bon usage pour les malades.

Je dispose d'une somme de 850.000 € placé dans une banque. Mon notaire vous contactera pour les formalité une fois que vous aurez confirmer votre accord ainsi que vos coordonnées complète (nom, adresse, téléphone, copie de piece d'identité).

Que dieu vous benisse
Mme Durand
""", html=False)

O("f37", "fraud", "fr", ("Assurance-Maladie", "service.client@cpam-professionnels.eu"),
  "IMPORTANT : Mise a jour de votre carte professionnel", "2025-02-11 12:04", """
Cher Professionnel de santé,

Nous avons remarquer une anomalie lors de la derniere mise à jour de votre Carte de Professionnel de Santé (CPS). Pour que vos télétransmission continue d'etre accepté il est impératif de mettre a jour vos information dans les 48h.

[[Cliquez ici pour mettre a jour|https://cpam-professionnels.eu/cps/update.php]]

Sans action de votre part vos remboursements seront bloquer.

Service Professionnels de santé
L'Assurance Maladie
""", doms="cpam-professionnels.eu")

O("f38", "fraud", "fr", ("", ""), "SMS DGFIP", "2025-12-11 09:02", """
DGFIP: Votre Cotisation Fonciere des Entreprises 2025 reste impayee. Une majoration de 10% sera appliquee le 15/12. Reglez en ligne : impots-cfe-paiement.com
""", doms="impots-cfe-paiement.com", kind="sms")

O("f39", "fraud", "fr", ("Pro Santé Connect", "alerte-securite@psc-esante.com"),
  "Nouvelle connexion à votre compte e-CPS", "2025-06-14 02:41", """
Une nouvelle connexion à votre compte e-CPS a été détectée.

Appareil : Windows 11 – Chrome
Localisation : Lagos, Nigeria
Date : 14/06/2025 02:38

Si vous n'êtes pas à l'origine de cette connexion, sécurisez immédiatement votre compte afin d'éviter l'utilisation frauduleuse de votre identité professionnelle (prescriptions, accès DMP) :

[[Sécuriser mon compte|https://psc-esante.com/securite/verify]]

Pro Santé Connect – Agence du Numérique en Santé
""", doms="psc-esante.com")

O("f40", "fraud", "fr", ("Centre de formation continue médicale", "contact@cfcm-dpc.fr"),
  "Certification périodique : vous êtes concerné(e)", "2025-04-22 08:05", """
Docteur,

Depuis le 1er janvier 2023, tous les médecins sont soumis à l'obligation de certification périodique. Le contrôle du respect de cette obligation est désormais effectif et les médecins n'ayant pas justifié de leurs actions s'exposent à une radiation du tableau.

Notre centre, habilité par l'ANDPC et l'Agence du Numérique en Santé, est chargé de la mise en conformité des médecins de votre département.

Un conseiller vous contactera dans les prochains jours. Vous pouvez également nous joindre au 01 85 09 66 17 ou réserver un créneau :
[[Prendre rendez-vous avec mon conseiller|https://calendly.com/cfcm-dpc/conformite]]
""", doms="calendly.com", phones="+33185096617")

# =====================================================================================
# FRAUD — English
# =====================================================================================
O("e01", "fraud", "en", ("CNOM International Registration Desk", "registration@cnom-europe.org"),
  "Action Required: Annual Physician Registration Renewal (France)", "2025-02-03 15:20", """
Dear Doctor,

Our records indicate that your annual registration with the French National Medical Council (CNOM) international register has not yet been renewed for 2025.

Physicians who fail to renew before February 28 will be removed from the European Register of Practising Physicians, which may affect cross-border recognition of your qualifications and your professional insurance.

The renewal fee is EUR 249.00. Please complete your renewal here:
[[Renew my registration|https://cnom-europe.org/renewal/2025]]

Kind regards,
Registration Services
""", doms="cnom-europe.org", reply_to=("", "renewals.cnom@outlook.com"))

O("e02", "fraud", "en", ("Conseil National de l'Ordre via DocuSign", "dse-noreply@docusign-secure-mail.com"),
  "Please DocuSign: Ordre_des_Medecins_Compliance_Declaration_2025.pdf", "2025-07-15 11:09", """
Conseil National de l'Ordre des Médecins sent you a document to review and sign.

[[REVIEW DOCUMENT|https://pub-7f3a9c21d4e84b06.r2.dev/docusign/review.html]]

Please review and complete the Compliance Declaration 2025 at your earliest convenience. This declaration is mandatory for all registered physicians.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
""", doms="r2.dev")

O("e03", "fraud", "en", ("Microsoft OneDrive", "no-reply@onedrive-sharing-service.com"),
  "Dr Leclerc shared \"Honoraires_T3_2025.xlsx\" with you", "2025-10-08 16:33", """
Dr Leclerc shared a file with you

Honoraires_T3_2025.xlsx

This link will work for anyone with the access code. Please sign in with your email account to view.

[[Open|https://onedrive-sharing-service.com/view?f=Honoraires_T3_2025]]

Microsoft respects your privacy. To learn more, please read our Privacy Statement.
""", doms="onedrive-sharing-service.com")

O("e04", "fraud", "en", ("European Medical Directory", "update@emd-registry.eu"),
  "Update your free entry – European Medical Directory 2025/2026", "2025-05-20 09:44", """
Dear Sir or Madam,

To keep the European Medical Directory accurate, we kindly ask you to check and correct your practice details. The update is free of charge.

Please return the completed form within 8 days, or update online:
[[www.emd-registry.eu/update|https://www.emd-registry.eu/update?ref=FR56-1192]]

By signing the form, the undersigned orders an entry in the European Medical Directory for a minimum period of three years at an annual price of EUR 1,190.

European Medical Directory
""", doms="emd-registry.eu")

O("e05", "fraud", "en", ("Barr. Richard Okafor", "richard.okafor.chambers@gmail.com"),
  "Confidential: unclaimed estate of late Dr. Pierre Ménard", "2025-01-30 04:10", """
Dear Doctor,

I am Barrister Richard Okafor, personal attorney to late Dr. Pierre Ménard, a French physician who worked with an international medical NGO and died in a road accident in 2021 together with his family.

He left a deposit of USD 7,500,000 with a security company here. All my efforts to locate his relatives have failed. Since you share the same profession and country, I propose to present you as the beneficiary. We will share the funds 50/50.

Kindly reply with your full name, private telephone and address. You can also reach me on +44 7418 330 926.

Best regards,
Barr. Richard Okafor
""", phones="+447418330926", html=False)

O("e06", "fraud", "en", ("WHO Physician Support Grant", "grants@who-physician-support.org"),
  "Approved: EUR 4,800 support grant for French general practitioners", "2025-04-02 13:00", """
Dear Physician,

In recognition of the exceptional commitment of primary care doctors in France, the World Health Organization Physician Support Programme has approved a one-time grant of EUR 4,800 in your name.

To receive the disbursement, please complete the beneficiary form with your banking details (IBAN, BIC) and a copy of your professional card before April 15.

[[Complete beneficiary form|https://forms.gle/Qw7pLk2Vd8sYh3nA9]]

Grant Disbursement Office
""", doms="forms.gle")

O("e07", "fraud", "en", ("Doctolib Security", "security@doctolib-account-check.com"),
  "Unusual sign-in activity on your Doctolib Pro account", "2025-03-28 22:17", """
Hello,

We detected a sign-in attempt to your Doctolib Pro account from an unrecognized device.

Location: Bucharest, Romania
Device: Android 13

If this was you, you can ignore this message. If not, please verify your account immediately to protect your patients' data:

[[Verify my account|https://doctolib-account-check.com/pro/verify]]

Doctolib Security Team
""", doms="doctolib-account-check.com")

O("e08", "fraud", "en", ("Accounts Receivable - MedTech Supplies", "accounts@medtech-suplies.com"),
  "Overdue invoice INV-20417 / new bank details", "2025-06-11 10:26", """
Dear Customer,

Please find below a reminder for invoice INV-20417 (ultrasound gel and probe covers, EUR 1,386.50) which is now 30 days overdue.

Kindly note that our bank details have changed following an audit. Please use only the following account for this and all future payments:
Bank: Revolut Bank UAB
IBAN: LT62 3250 0219 4471 6658
BIC: REVOLT21

Please confirm the transfer by reply. For any questions call our accounts team on +44 20 3807 4412.

Regards,
Sarah Whitfield
Accounts Receivable
""", phones="+442038074412", html=False)

O("e09", "fraud", "en", ("", ""), "SMS Apple", "2025-05-03 20:11", """
Apple: Your Apple ID has been locked due to unusual activity. To unlock, verify your identity within 24 hours: https://appleid-unlock-support.com
""", doms="appleid-unlock-support.com", kind="sms")

O("e10", "fraud", "en", ("Global Medical Leaders Summit", "invitation@gmls-summit.org"),
  "Keynote invitation - Global Medical Leaders Summit, Dubai 2025", "2025-08-04 08:15", """
Dear Dr.,

On behalf of the organizing committee, it is our great honor to invite you as a Keynote Speaker at the Global Medical Leaders Summit to be held in Dubai on 18-20 November 2025.

Your flight, 5-star accommodation and an honorarium of USD 3,000 will be covered. The only requirement is the registration of your visa and hotel reservation through our official travel agency, for a refundable deposit of USD 450 payable by Western Union.

Please confirm your participation by replying to this email or on WhatsApp at +971 55 804 2291.

Yours sincerely,
Prof. Ahmed Al-Rashid
Conference Chair
""", phones="+971558042291", html=False)

O("e11", "fraud", "en", ("", ""), "WhatsApp +44 7700 183 512", "2025-09-22 15:58", """
Hello Doctor, this is Mark from the International Desk of the French Medical Council. We are verifying the licences of doctors registered in your department following the new EU directive. Please send me a photo of your professional card (CPS) front and back and your ID, it is urgent, deadline today 6pm. Thank you for your cooperation.
""", phones="+447700183512", from_phone="+447700183512", kind="whatsapp")

O("e12", "fraud", "en", ("PayPal", "service@paypal-resolution-center.net"),
  "Receipt for your payment to MedEquip Solutions Ltd", "2025-10-27 07:42", """
You sent a payment of €749.00 EUR to MedEquip Solutions Ltd.

Transaction ID: 8TX44120RV0917522
Item: Portable ECG monitor – 12 lead

If you did not authorize this transaction, please contact PayPal Billing Support immediately at +33 1 86 95 41 07 to cancel and receive a full refund within 24 hours.

PayPal
""", phones="+33186954107")

O("e13", "fraud", "en", ("European Board of Periodic Certification", "office@ebpc-certification.eu"),
  "Your periodic certification status: NOT COMPLIANT", "2025-05-27 12:52", """
Dear Doctor,

Under Directive 2005/36/EC and the French Ordinance 2021-961, physicians practising in France must now hold a valid periodic certification registered with the European Board.

Our records show that your certification status is: NOT COMPLIANT.

To avoid suspension of your right to practise, please upload your training certificates and pay the registration fee (EUR 180) through your personal area:
[[Check my status|https://ebpc-certification.eu/status]]

European Board of Periodic Certification
Brussels
""", doms="ebpc-certification.eu")

O("e14", "fraud", "en", ("Mailbox Administrator", "postmaster@cabinet-medical-update.com"),
  "Mailbox storage: 3 pending messages not delivered", "2025-01-14 05:30", """
You have 3 pending incoming messages that were not delivered to your inbox due to a storage error.

Subject: Résultats biologie patient
Subject: Lettre de liaison
Subject: Facture

[[Release messages to inbox|https://cabinet-medical-update.com/release?u=]]

Messages will be deleted after 48 hours.
""", doms="cabinet-medical-update.com")

# =====================================================================================
# SPAM — French
# =====================================================================================
O("s01", "spam", "fr", ("Formavia Santé", "newsletter@formavia-sante.fr"),
  "Sessions DPC du 1er semestre 2026 : les inscriptions sont ouvertes", "2025-11-26 12:00", """
Bonjour Docteur,

Les inscriptions à nos sessions DPC du premier semestre 2026 sont ouvertes.

Au programme :
• Insuffisance cardiaque en médecine générale – classe virtuelle, 2 x 3h30 (action n° 98772500041)
• Troubles du neurodéveloppement de l'enfant : repérage – présentiel à Rennes, 7 heures
• Prise en charge de l'obésité de l'adulte – e-learning, 8 heures

Ces actions sont éligibles à une prise en charge par l'ANDPC dans la limite de votre forfait annuel. L'inscription se fait directement depuis votre compte sur [[www.mondpc.fr|https://www.mondpc.fr]] ; vous pouvez aussi nous appeler, nous vous guiderons mais nous ne vous demanderons jamais vos identifiants.

[[Voir le catalogue 2026|https://www.formavia-sante.fr/catalogue-2026?utm_source=newsletter]]

Formavia Santé – organisme de DPC enregistré auprès de l'ANDPC (n° 9876)
14 boulevard de la Liberté, 35000 Rennes – 02 99 41 27 80
Vous recevez cet e-mail car vous avez participé à l'une de nos formations. [[Se désinscrire|https://www.formavia-sante.fr/desinscription?u=4471]]
""", doms="mondpc.fr;formavia-sante.fr", phones="+33299412780")

O("s02", "spam", "fr", ("Cardiolux Médical", "offres@cardiolux-medical.fr"),
  "-20 % sur nos ECG 12 pistes jusqu'au 31 mars", "2025-03-04 07:30", """
Docteur,

Votre électrocardiographe a plus de 8 ans ? Profitez de notre offre de reprise.

ECG CL-12 Connect : 12 pistes, interprétation automatique, export PDF vers votre logiciel métier, batterie 6 h.
Prix public : 1 890 € HT → 1 512 € HT jusqu'au 31 mars (reprise de votre ancien appareil offerte).

[[Découvrir l'offre|https://www.cardiolux-medical.fr/ecg-cl12?promo=MARS25]]
Un conseiller régional peut passer au cabinet pour une démonstration : 02 40 58 71 19.

Cardiolux Médical SAS – 3 rue des Forges 44300 Nantes
Pour ne plus recevoir nos offres : [[désinscription|https://www.cardiolux-medical.fr/unsubscribe]]
""", doms="cardiolux-medical.fr", phones="+33240587119")

O("s03", "spam", "fr", ("Praxilog", "hello@praxilog.fr"),
  "Dr, votre logiciel médical vous fait perdre 45 minutes par jour", "2025-06-10 18:05", """
Bonjour Docteur,

Je me permets de vous écrire car de nombreux médecins de votre secteur ont récemment rejoint Praxilog.

Dossier patient, ordonnances sécurisées, téléconsultation, télétransmission SESAM-Vitale : tout dans un logiciel certifié, dans le cloud, sans installation.

Nous reprenons gratuitement vos données depuis votre logiciel actuel.

Auriez-vous 15 minutes cette semaine pour une démo ?
[[Réserver un créneau|https://www.praxilog.fr/demo]]

Thomas Bérard
Responsable commercial Grand Ouest – Praxilog
06 12 84 39 55
""", doms="praxilog.fr", phones="+33612843955")

O("s04", "spam", "fr", ("Hippocrate Assurances", "contact@hippocrate-assurances.fr"),
  "Responsabilité civile professionnelle : et si vous payiez moins ?", "2025-10-06 09:15", """
Madame, Monsieur le Docteur,

Votre contrat de responsabilité civile professionnelle arrive peut-être à échéance au 1er janvier. Depuis la loi Chatel, vous pouvez le résilier jusqu'à deux mois avant cette date.

Hippocrate Assurances, courtier spécialisé dans les professions de santé depuis 1998, compare pour vous les offres de plusieurs assureurs.

→ Devis gratuit en ligne en 3 minutes : [[www.hippocrate-assurances.fr/devis|https://www.hippocrate-assurances.fr/devis]]

Hippocrate Assurances – courtier inscrit à l'ORIAS sous le n° 07 012 345
Conformément au RGPD, vous pouvez vous opposer à recevoir nos communications : [[cliquez ici|https://www.hippocrate-assurances.fr/rgpd/opposition]]
""", doms="hippocrate-assurances.fr")

O("s05", "spam", "fr", ("Banque Ouest Santé", "pros-de-sante@banque-ouest-sante.fr"),
  "Installation, cabinet, matériel : un prêt à taux préférentiel pour les médecins", "2025-09-01 08:00", """
Docteur,

Vous vous installez, rachetez une patientèle ou modernisez votre cabinet ?

Jusqu'au 31 octobre, Banque Ouest Santé vous propose le Prêt Pro Santé à partir de 3,20 % TAEG fixe, sans frais de dossier, avec un différé d'amortissement possible jusqu'à 12 mois.

Exemple : pour 60 000 € sur 7 ans, 84 mensualités de 803,42 €. Coût total du crédit : 7 487,28 €.

Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.

Prenez rendez-vous avec votre conseiller dédié aux professions de santé : [[banque-ouest-sante.fr/rdv|https://www.banque-ouest-sante.fr/rdv-professionnels-sante]]
""", doms="banque-ouest-sante.fr")

O("s06", "spam", "fr", ("Le Quotidien du Médecin", "abonnements@lequotidiendumedecin.fr"),
  "Dernier jour : votre abonnement à -50 %", "2025-11-28 06:45", """
Docteur,

C'est le dernier jour pour profiter de notre offre Black Friday : l'abonnement intégral (journal papier + site + application) à -50 % la première année.

Analyses, actualité conventionnelle, formation : restez informé de tout ce qui fait votre exercice.

[[Je m'abonne à -50 %|https://www.lequotidiendumedecin.fr/abonnement?offre=BF25]]

Offre valable jusqu'au 28/11/2025 à minuit, réservée aux nouveaux abonnés.
Se désabonner de cette lettre : [[ici|https://www.lequotidiendumedecin.fr/newsletters/desinscription]]
""", doms="lequotidiendumedecin.fr")

O("s07", "spam", "fr", ("Rencontres de Médecine Générale de l'Ouest", "inscriptions@rmgo-congres.fr"),
  "RMGO 2026 à Vannes : programme et inscriptions", "2025-12-03 10:00", """
Chère consœur, cher confrère,

Les 12es Rencontres de Médecine Générale de l'Ouest se tiendront les 19 et 20 mars 2026 au Palais des Arts de Vannes.

Au programme : 24 ateliers pratiques (infiltrations, dermatoscopie, échographie de débrouillage), plénière sur la santé environnementale, table ronde sur l'exercice coordonné.

Tarif préférentiel jusqu'au 31 janvier : 240 € (internes et remplaçants : 90 €). Certains ateliers sont proposés dans le cadre du DPC.

[[Programme et inscription|https://www.rmgo-congres.fr/2026]]

Le comité d'organisation
""", doms="rmgo-congres.fr")

O("s08", "spam", "fr", ("Julien - RemplaMed Conseil", "julien.r@remplamed-conseil.fr"),
  "Docteur, 3 postes de MG salarié près de chez vous (jusqu'à 9 000 € nets)", "2025-07-22 13:37", """
Bonjour Docteur,

Je me permets de vous relancer une troisième fois car nos clients (centres de santé, mairies, cliniques) recrutent activement dans votre département :

- Centre de santé municipal, Lorient : MG salarié 4 j/semaine, 8 200 € nets, logement possible
- Maison médicale, Pontivy : collaboration, 70/30, patientèle constituée
- Clinique SSR, Auray : médecin coordonnateur, CDI

Je sais que vous êtes très sollicité, mais un simple appel de 5 minutes suffit pour en savoir plus. Ma ligne directe : 06 71 30 58 22.

Julien Robin
Consultant senior – RemplaMed Conseil
[[www.remplamed-conseil.fr|https://www.remplamed-conseil.fr]]
Si vous ne souhaitez plus être contacté, répondez STOP.
""", doms="remplamed-conseil.fr", phones="+33671305822")

O("s09", "spam", "fr", ("", ""), "Appel téléphonique", "2025-10-09 12:05", """
Troisième appel en deux semaines d'un organisme de formation, « Académie Santé Plus », qui veut absolument m'inscrire à une formation DPC « prise en charge par l'ANDPC ». La personne est polie, elle dit clairement être un organisme privé, mais elle insiste et rappelle sur l'heure de midi. Elle m'a proposé de m'envoyer le programme et de m'inscrire moi-même sur mondpc.fr. Numéro : 02 97 84 11 36.
""", doms="mondpc.fr", phones="+33297841136", kind="call")

O("s10", "spam", "fr", ("", ""), "SMS 38014", "2025-04-16 11:20", """
Centre de Sante Ocean recrute MG salaries H/F, 35h, 7500e nets, temps partiel possible. Infos: www.centresante-ocean.fr ou 02 97 21 45 60. STOP au 38014
""", doms="centresante-ocean.fr", phones="+33297214560", kind="sms")

O("s11", "spam", "fr", ("Laboratoires Veloris - Information médicale", "webinaires@veloris-pharma.fr"),
  "Webinaire : asthme sévère en soins primaires, jeudi 20h30", "2025-02-18 17:00", """
Docteur,

Nous avons le plaisir de vous convier à notre webinaire « Asthme sévère : quand et comment adresser ? » animé par le Pr Isabelle Ferrand, pneumologue (CHU de Nantes), jeudi 27 février à 20h30.

Durée : 1 heure, questions en direct.

[[Je m'inscris|https://events.veloris-pharma.fr/asthme-severe]]

Ce webinaire est organisé par les Laboratoires Veloris. Conformément à la loi relative aux avantages, aucune rémunération ni avantage n'est accordé aux participants.
""", doms="veloris-pharma.fr")

O("s12", "spam", "fr", ("Secrétel", "commercial@secretel-medical.fr"),
  "Dernier rappel : 1 mois de télésecrétariat offert", "2025-01-13 08:50", """
Docteur,

DERNIER RAPPEL – l'offre se termine vendredi !

Vos patients n'arrivent pas à vous joindre ? Votre secrétaire est absente ? Secrétel prend vos appels de 8h à 19h, gère votre agenda et filtre les urgences.

1 mois offert, sans engagement, mise en place en 48 heures.

Appelez-nous au 0 805 69 12 12 (appel gratuit) ou [[demandez à être rappelé|https://www.secretel-medical.fr/rappel]].

Secrétel – télésecrétariat médical depuis 2009
""", doms="secretel-medical.fr", phones="+33805691212")

O("s13", "spam", "fr", ("Immo Santé Bretagne", "annonces@immosante-bretagne.fr"),
  "Locaux médicaux disponibles – Maison de santé de Plescop", "2025-05-15 14:10", """
Bonjour Docteur,

Une nouvelle maison de santé pluriprofessionnelle ouvre à Plescop (à 8 minutes de Vannes) en septembre 2025. Il reste deux cabinets de 18 m² pour médecins généralistes, avec secrétariat mutualisé et parking.

Loyer : 620 € HT/mois charges comprises.

Visite possible sur rendez-vous : 02 97 40 71 88 ou [[immosante-bretagne.fr|https://www.immosante-bretagne.fr/plescop-msp]]

Cordialement,
Marion Le Goff
""", doms="immosante-bretagne.fr", phones="+33297407188")

O("s14", "spam", "fr", ("Cabinet Comptalib Santé", "contact@comptalib-sante.fr"),
  "Déclaration 2035 : confiez-la à un expert-comptable spécialisé", "2025-03-06 12:30", """
Docteur,

La déclaration 2035 est à déposer pour le 20 mai. Cette année encore, notre cabinet d'expertise comptable accompagne plus de 1 200 médecins libéraux partout en France.

Tenue comptable en ligne, 2035, adhésion à un organisme de gestion agréé, optimisation Madelin : forfait à partir de 89 € HT/mois.

[[Demander un devis|https://www.comptalib-sante.fr/devis-medecin]]

Comptalib Santé – société d'expertise comptable inscrite au tableau de l'Ordre des experts-comptables
""", doms="comptalib-sante.fr")

O("s15", "spam", "fr", ("Certifia Médecins", "equipe@certifia-medecins.fr"),
  "Certification périodique : faites le point sur vos 4 blocs", "2025-09-09 07:00", """
Bonjour Docteur,

La certification périodique vous demande de valider, sur six ans, des actions dans quatre blocs : connaissances et compétences, qualité des pratiques, relation avec les patients, santé personnelle.

Certifia Médecins est un organisme de formation privé. Nous ne sommes ni l'Ordre, ni l'ANDPC, ni l'ANS : seul votre compte individuel (ouvert par l'ANS) fait foi.

Nous proposons un guide gratuit et des actions pour chacun des blocs, dont certaines sont finançables par l'ANDPC.

[[Télécharger le guide gratuit|https://www.certifia-medecins.fr/guide-certification]]

Pour ne plus recevoir nos e-mails : [[désinscription|https://www.certifia-medecins.fr/unsub]]
""", doms="certifia-medecins.fr")

O("s16", "spam", "fr", ("Patrimoine Médical Conseil", "conseil@patrimoine-medical.fr"),
  "Docteur, réduisez votre impôt 2025 avant le 31 décembre", "2025-11-14 19:40", """
Docteur,

Les médecins libéraux font partie des professions les plus imposées. Pourtant, des solutions légales existent : PER, SCPI en démembrement, Girardin industriel.

Il ne vous reste que quelques semaines pour agir sur vos revenus 2025.

Bénéficiez d'un bilan patrimonial gratuit de 30 minutes avec l'un de nos conseillers (CIF, membre de l'ANACOFI-CIF) : [[prendre rendez-vous|https://www.patrimoine-medical.fr/bilan]]

Investir comporte des risques de perte en capital.
""", doms="patrimoine-medical.fr")

O("s17", "spam", "fr", ("Vitalpay", "pro@vitalpay.fr"),
  "Terminal de paiement + lecteur Vitale : 0 € de frais d'installation", "2025-08-26 11:00", """
Bonjour,

Encore des patients sans chéquier ? Le terminal Vitalpay accepte CB, sans contact et Apple Pay, et se connecte à votre lecteur Vitale.

Commission : 0,69 % par transaction, sans abonnement ni engagement.

[[Commander mon terminal|https://www.vitalpay.fr/commander]]

Code PROMED25 : frais d'installation offerts jusqu'au 30 septembre.
""", doms="vitalpay.fr")

O("s18", "spam", "fr", ("IEFM - Institut Européen de Formation Médicale", "dpc@iefm-formation.fr"),
  "Plus que 4 places : « Dermatoscopie en médecine générale » (DPC)", "2025-10-13 08:30", """
Docteur,

Il ne reste que 4 places pour notre formation « Dermatoscopie en médecine générale » à Lorient les 14 et 15 novembre.

Formation présentielle de 14 heures, action DPC publiée sur le site de l'ANDPC sous le n° 31452500117 : prise en charge des frais pédagogiques et indemnisation selon votre forfait.

Inscription sur [[www.mondpc.fr|https://www.mondpc.fr]] (référence de l'action ci-dessus) ou renseignements au 01 42 58 30 64.

[[Programme détaillé|https://www.iefm-formation.fr/dermatoscopie-mg]]

IEFM – 27 rue de Turbigo 75002 Paris
""", doms="mondpc.fr;iefm-formation.fr", phones="+33142583064")

O("s19", "spam", "fr", ("MedPanel France", "etudes@medpanel-france.fr"),
  "Étude rémunérée (60 €) : 20 minutes sur la prise en charge du diabète", "2025-06-03 16:16", """
Docteur,

MedPanel France, institut d'études de marché spécialisé en santé, recherche des médecins généralistes pour une enquête en ligne de 20 minutes sur la prise en charge du diabète de type 2.

Indemnité : 60 € (conformément à la réglementation, une convention sera déclarée sur la base Transparence-Santé).

[[Participer à l'étude|https://survey.medpanel-france.fr/t2d-2025]]

Vos réponses sont anonymisées. Vous pouvez vous désinscrire de notre panel à tout moment.
""", doms="medpanel-france.fr")

O("s20", "spam", "fr", ("Consultez-Vite", "recrutement@consultez-vite.fr"),
  "Faites de la téléconsultation le soir depuis chez vous", "2025-02-24 20:02", """
Bonjour Docteur,

Consultez-Vite, plateforme de téléconsultation, recrute des médecins généralistes inscrits à l'Ordre pour des créneaux en soirée et le week-end.

• Rémunération : 25 € par téléconsultation (tarif conventionnel)
• Planning libre, 100 % à distance
• Logiciel fourni

[[Je candidate|https://www.consultez-vite.fr/medecins/candidature]]

Vous pouvez à tout moment vous désinscrire en répondant à ce message.
""", doms="consultez-vite.fr")

# =====================================================================================
# SPAM — English
# =====================================================================================
O("x01", "spam", "en", ("World Cardiology Congress 2026", "info@worldcardiocongress.com"),
  "Call for Abstracts – World Cardiology Congress 2026, Paris", "2025-10-20 03:12", """
Dear Dr.,

Greetings from the World Cardiology Congress 2026!

We are pleased to invite you to submit an abstract for oral or poster presentation at our congress to be held in Paris, France, on June 15-16, 2026.

Theme: "Innovations in Cardiovascular Care"
Abstract submission deadline: January 30, 2026
Early bird registration: EUR 699

[[Submit your abstract|https://www.worldcardiocongress.com/abstract-submission]]

If you wish to unsubscribe, please reply with "Remove" in the subject line.

Best regards,
Emily Carter
Program Manager
""", doms="worldcardiocongress.com")

O("x02", "spam", "en", ("Journal of Clinical Case Reports and Medicine", "editor@jccrm-journal.org"),
  "Manuscript invitation – Volume 8 Issue 4", "2025-03-31 02:50", """
Dear Dr.,

Greetings for the day!

We have read your article with great interest and would like to invite you to submit your valuable manuscript (research article, review, case report) for the upcoming issue of our journal.

Article processing charge: USD 899. Publication within 15 days after acceptance.

Submit online: [[www.jccrm-journal.org/submit|https://www.jccrm-journal.org/submit]]

Awaiting your positive response.

Best regards,
Dr. Sarah Williams
Editorial Office
""", doms="jccrm-journal.org")

O("x03", "spam", "en", ("Sonaris Medical", "marketing@sonaris-medical.com"),
  "Point-of-care ultrasound for GPs – free 30-day trial in France", "2025-05-08 14:00", """
Hi Doctor,

Meet the Sonaris Pocket, the wireless handheld ultrasound probe that connects to your smartphone. CE-marked, used by over 8,000 clinicians in Europe.

This month, French practices can try it free for 30 days – no commitment.

[[Request your free trial|https://www.sonaris-medical.com/fr/trial]]

Sonaris Medical B.V. – Amsterdam
Unsubscribe: [[manage preferences|https://www.sonaris-medical.com/preferences]]
""", doms="sonaris-medical.com")

O("x04", "spam", "en", ("Oliver Grant - BritMed Locums", "oliver.grant@britmed-locums.co.uk"),
  "GP locum opportunities in Ireland and the UK for French doctors", "2025-04-07 09:05", """
Hello Doctor,

I hope you don't mind me reaching out. I'm a recruitment consultant specialising in placing EU-trained GPs in the UK and Ireland.

We currently have several long-term locum posts in rural Ireland (EUR 95-110 per hour, accommodation and travel provided) with full support for your Medical Council registration.

If you'd like an informal chat, you can reach me on +44 161 496 0732, or simply reply to this email.

Kind regards,
Oliver Grant
Senior Consultant, BritMed Locums
[[www.britmed-locums.co.uk|https://www.britmed-locums.co.uk]]
""", doms="britmed-locums.co.uk", phones="+441614960732")

O("x05", "spam", "en", ("ScribeAI", "team@scribeai.health"),
  "Stop typing notes: your AI medical scribe, now in French", "2025-09-30 15:45", """
Hi there,

ScribeAI listens to your consultations (with patient consent) and writes structured notes directly into your EHR. Now available in French, HDS-certified hosting in France.

Doctors save on average 1h20 per day.

Start your 14-day free trial: [[scribeai.health/fr|https://scribeai.health/fr/signup]]

You're receiving this because you downloaded our white paper. [[Unsubscribe|https://scribeai.health/unsubscribe]]
""", doms="scribeai.health")

O("x06", "spam", "en", ("Digital Health Summit Europe", "partners@dhse-summit.eu"),
  "Exhibit or speak at Digital Health Summit Europe – Lyon, March 2026", "2025-11-05 10:30", """
Dear Healthcare Professional,

Digital Health Summit Europe brings together 2,500 clinicians, startups and health authorities in Lyon on 24-25 March 2026.

Speaking and exhibiting packages are still available, starting from EUR 2,900 for a startup booth.

Download the sponsorship brochure: [[dhse-summit.eu/sponsorship|https://www.dhse-summit.eu/sponsorship]]

Best wishes,
The DHSE team
""", doms="dhse-summit.eu")

O("x07", "spam", "en", ("Academic Press Publishing", "acquisitions@academicpress-pub.com"),
  "Publish your thesis as a book – free of charge", "2025-02-10 06:20", """
Dear Dr.,

During our research we came across your doctoral thesis in medicine and believe it would be of interest to a wider audience.

We would be glad to publish it as a printed book, free of charge for you. The book will be available in online bookstores worldwide.

Please let us know if you are interested by replying to this email.

Kind regards,
Anna Keller
Acquisition Editor
""", html=False)

O("x08", "spam", "en", ("Elite MedTravel", "partners@elitemedtravel.com"),
  "Partnership proposal: refer patients for surgery abroad", "2025-07-29 11:55", """
Dear Doctor,

Elite MedTravel organises high-quality surgical care in accredited hospitals in Istanbul and Tunis for European patients.

We are looking for medical partners in France to advise patients before and after their trip. We offer a referral program and teleconsultation tools.

Learn more: [[elitemedtravel.com/partners|https://www.elitemedtravel.com/partners]]

Best regards,
Elite MedTravel Partnerships
""", doms="elitemedtravel.com")

O("x09", "spam", "en", ("Helvetia MedSearch", "c.meier@helvetia-medsearch.ch"),
  "Confidential: Head of Internal Medicine position in Switzerland", "2025-06-16 08:08", """
Dear Doctor,

On behalf of a regional hospital in the canton of Vaud, I am looking for an experienced internist for a Head of Department position (French-speaking).

Salary range: CHF 230,000 – 280,000 depending on experience.

If this might be of interest, I would be happy to arrange a confidential call. Direct line: +41 21 555 18 40.

Christian Meier
Partner, Helvetia MedSearch
""", phones="+41215551840", html=False)

O("x10", "spam", "en", ("MedInsight Research", "panel@medinsight-research.com"),
  "Paid online survey for French GPs (EUR 75, 25 min)", "2025-08-12 13:13", """
Dear Doctor,

MedInsight Research is conducting an online market research survey among French general practitioners on the management of chronic pain.

Duration: 25 minutes. Honorarium: EUR 75.

[[Start the survey|https://go.medinsight-research.com/s/CP-FR-0825]]

This survey is for research purposes only; no promotional material will be sent. To opt out, reply "unsubscribe".
""", doms="medinsight-research.com")

# =====================================================================================
# LEGITIMATE — French (official bodies)
# =====================================================================================
O("l01", "legitimate", "fr", ("Agence nationale du DPC", "ne-pas-repondre@agencedpc.fr"),
  "Mon DPC : votre compte évolue, pensez à vérifier vos informations", "2025-01-15 10:00", """
Madame, Monsieur,

L'Agence nationale du Développement Professionnel Continu (ANDPC) fait évoluer votre espace personnel Mon DPC.

Lors de votre prochaine connexion, il vous sera demandé de vérifier vos informations personnelles et professionnelles ainsi que vos coordonnées bancaires, utilisées pour le versement de l'indemnisation des actions que vous suivez.

Pour vous connecter, rendez-vous directement sur [[www.mondpc.fr|https://www.mondpc.fr]] avec vos identifiants habituels.

Nous vous rappelons que l'Agence ne vous demandera jamais vos identifiants ou votre mot de passe par téléphone, par SMS ou par courriel, et ne démarche pas les professionnels pour leur proposer des actions.

Plus d'informations : [[www.agencedpc.fr|https://www.agencedpc.fr/professionnel/]]

L'Agence nationale du DPC
Ce message vous est adressé automatiquement, merci de ne pas y répondre.
""", doms="mondpc.fr;agencedpc.fr")

O("l02", "legitimate", "fr", ("Mon DPC", "ne-pas-repondre@mondpc.fr"),
  "Réinitialisation de votre mot de passe", "2025-03-14 21:47", """
Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre compte Mon DPC.

Pour choisir un nouveau mot de passe, cliquez sur le lien suivant (valable 24 heures) :
[[https://www.mondpc.fr/mondpc/reinitialisation|https://www.mondpc.fr/mondpc/reinitialisation?jeton=5c2e0f91b7a44d3e9a0e]]

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste inchangé.

L'équipe Mon DPC
""", doms="mondpc.fr")

O("l03", "legitimate", "fr", ("Agence du Numérique en Santé", "ne-pas-repondre@esante.gouv.fr"),
  "Ouverture de votre compte individuel de certification périodique", "2025-06-02 09:30", """
Docteur,

Conformément à l'ordonnance du 19 juillet 2021 relative à la certification périodique de certains professionnels de santé, l'Agence du Numérique en Santé (ANS) met à votre disposition votre compte individuel de certification périodique.

Ce compte vous permet de consulter les actions déclarées à votre nom et de déclarer vous-même les actions réalisées, pour chacun des quatre blocs du référentiel de votre profession.

Pour y accéder, connectez-vous avec votre e-CPS ou votre carte CPS via Pro Santé Connect depuis [[esante.gouv.fr|https://esante.gouv.fr/produits-services/certification-periodique]].

Votre parcours de certification est suivi par le conseil de l'Ordre dont vous relevez. Aucun organisme ne peut vous contacter au nom de l'ANS pour vous inscrire à des actions ou vous demander vos identifiants.

L'Agence du Numérique en Santé
""", doms="esante.gouv.fr")

O("l04", "legitimate", "fr", ("Pro Santé Connect", "ne-pas-repondre@esante.gouv.fr"),
  "Code d'activation de votre e-CPS", "2025-09-15 08:12", """
Bonjour,

Vous avez demandé l'activation de votre e-CPS sur un nouvel appareil.

Votre code d'activation est : 482 913

Ce code est valable 15 minutes. Saisissez-le dans l'application e-CPS.

Si vous n'êtes pas à l'origine de cette demande, ne communiquez ce code à personne et contactez le service client au 09 70 81 85 25 (appel non surtaxé).

Agence du Numérique en Santé
""", phones="+33970818525", html=False)

O("l05", "legitimate", "fr", ("Mailiz", "ne-pas-repondre@mailiz.mssante.fr"),
  "Votre mot de passe Mailiz expire dans 7 jours", "2025-04-03 06:00", """
Bonjour Docteur,

Le mot de passe de votre compte de messagerie sécurisée Mailiz expire dans 7 jours.

Pour le modifier, connectez-vous à votre messagerie sur [[mailiz.mssante.fr|https://mailiz.mssante.fr]], puis rendez-vous dans Paramètres > Sécurité.

Si vous utilisez votre carte CPS ou votre e-CPS pour vous connecter, vous n'êtes pas concerné(e) par ce message.

Mailiz, la messagerie sécurisée de santé proposée par l'Ordre des médecins.
""", doms="mssante.fr")

O("l06", "legitimate", "fr", ("Conseil départemental de l'Ordre des médecins du Morbihan", "elections@cdom56.ordre.medecin.fr"),
  "Élections ordinales 2026 : appel à candidatures et modalités de vote", "2025-12-01 14:00", """
Chère Consœur, Cher Confrère,

Le conseil départemental procédera le 12 mars 2026 au renouvellement par moitié de ses membres titulaires et suppléants.

Les déclarations de candidature doivent parvenir au siège du conseil au plus tard le 10 février 2026 à 16 heures, par lettre recommandée avec avis de réception ou par dépôt contre récépissé.

Le vote aura lieu par voie électronique. Vos identifiants de vote personnels vous seront adressés par courrier postal à votre adresse professionnelle, quelques semaines avant le scrutin. Ils ne vous seront jamais demandés par téléphone ou par courriel.

Les textes applicables et le formulaire de candidature sont disponibles sur le site du Conseil national : [[www.ordre.medecin.fr|https://www.ordre.medecin.fr/conseil-national/elections-ordinales]]

Le secrétariat reste à votre disposition au 02 97 47 54 00.

Le Président du conseil départemental
""", doms="medecin.fr", phones="+33297475400")

O("l07", "legitimate", "fr", ("Ordre des médecins - Cotisations", "cotisations@ordre.medecin.fr"),
  "Dernier rappel : cotisation ordinale 2025", "2025-04-24 10:30", """
Docteur,

Sauf erreur de notre part, nous n'avons pas enregistré à ce jour le règlement de votre cotisation ordinale 2025.

Nous vous rappelons que le paiement de la cotisation est obligatoire pour tout médecin inscrit au tableau (article L.4122-2 du code de la santé publique). Le défaut de paiement peut donner lieu à des poursuites disciplinaires.

Vous pouvez régler en ligne par carte bancaire ou par prélèvement depuis votre espace personnel, accessible sur [[www.ordre.medecin.fr|https://www.ordre.medecin.fr]] (rubrique « Mon espace »), ou par chèque à l'ordre du Conseil national de l'Ordre des médecins.

Si vous avez réglé votre cotisation récemment, nous vous prions de ne pas tenir compte de ce message.

Le service des cotisations
Conseil national de l'Ordre des médecins
""", doms="medecin.fr")

O("l08", "legitimate", "fr", ("CARMF", "ne-pas-repondre@carmf.fr"),
  "Votre appel de cotisations 2025 est disponible", "2025-01-20 07:30", """
Docteur,

Votre appel de cotisations 2025 est disponible dans votre espace personnel sur [[www.carmf.fr|https://www.carmf.fr]].

Les cotisations sont payables par prélèvements mensuels ou, à défaut, en deux échéances (31 mars et 30 septembre). Des majorations de retard sont appliquées en cas de paiement tardif.

Pour des raisons de sécurité, la CARMF ne vous demandera jamais vos coordonnées bancaires ni vos identifiants par courriel.

Caisse autonome de retraite des médecins de France
""", doms="carmf.fr")

O("l09", "legitimate", "fr", ("L'Assurance Maladie", "ne-pas-repondre@ameli.fr"),
  "Nouveau : l'avenant 1 à la convention médicale et vos revalorisations", "2025-06-26 11:00", """
Docteur,

La convention médicale signée en juin 2024 prévoit de nouvelles revalorisations au 1er juillet 2025. Les nouveaux tarifs sont automatiquement intégrés dans votre logiciel de facturation après mise à jour par votre éditeur ; vous n'avez aucune démarche à effectuer auprès de l'Assurance Maladie.

Retrouvez le détail des mesures dans votre espace [[ameli.fr, rubrique Médecin|https://www.ameli.fr/medecin/exercice-liberal/convention-medicale]].

Votre conseiller informatique service (CIS) de la CPAM du Morbihan reste à votre disposition.

L'Assurance Maladie
""", doms="ameli.fr")

O("l10", "legitimate", "fr", ("Urssaf", "ne-pas-repondre@urssaf.fr"),
  "Un nouveau document est disponible dans votre espace", "2025-02-27 05:40", """
Bonjour,

Un nouveau document est disponible dans votre espace en ligne : Échéancier 2025 de cotisations et contributions sociales.

Pour le consulter, connectez-vous à votre espace sur [[urssaf.fr|https://www.urssaf.fr]], rubrique « Mes documents ».

Pour votre sécurité : l'Urssaf ne vous demandera jamais vos coordonnées bancaires ou vos identifiants par courriel ou par SMS.

Votre Urssaf
""", doms="urssaf.fr")

O("l11", "legitimate", "fr", ("DGFiP", "ne-pas-repondre@dgfip.finances.gouv.fr"),
  "Nouveau message dans votre espace professionnel", "2025-11-20 04:10", """
Madame, Monsieur,

Un nouveau document est disponible dans votre espace professionnel sur impots.gouv.fr : avis de cotisation foncière des entreprises 2025.

Pour le consulter, connectez-vous à votre espace professionnel sur impots.gouv.fr, rubrique « Consulter > Compte fiscal ».

La date limite de paiement est fixée au 15 décembre 2025.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
La Direction générale des Finances publiques
""", doms="impots.gouv.fr", html=False)

O("l12", "legitimate", "fr", ("ARS Bretagne - Offre de soins", "ars-bretagne-pds@ars.sante.fr"),
  "Permanence des soins ambulatoires : organisation de l'été 2025", "2025-05-28 16:30", """
Mesdames, Messieurs les médecins,

En prévision de la période estivale, l'ARS Bretagne vous rappelle les modalités d'organisation de la permanence des soins ambulatoires (PDSA) dans les secteurs à forte affluence touristique du Morbihan.

Les tableaux de garde pour juillet et août doivent être complétés sur l'outil de gestion des tableaux de garde avant le 15 juin. Pour rappel, la participation à la PDSA repose sur le volontariat ; en l'absence de volontaires, le conseil départemental de l'Ordre et l'ARS pourront être amenés à organiser des réquisitions.

Le cahier des charges régional est disponible sur [[le site de l'ARS Bretagne|https://www.bretagne.ars.sante.fr/permanence-des-soins-ambulatoires]].

Contact : ars-bretagne-pds@ars.sante.fr

Direction de l'offre de soins
Agence régionale de santé Bretagne
""", doms="sante.fr")

O("l13", "legitimate", "fr", ("Haute Autorité de Santé", "newsletter@has-sante.fr"),
  "HAS Actualités : nouvelles recommandations et certification périodique", "2025-10-02 17:00", """
HAS ACTUALITÉS – octobre 2025

• Recommandation de bonne pratique : prise en charge de l'hypertension artérielle de l'adulte – mise à jour
• Certification périodique : la HAS publie les référentiels de certification de huit nouvelles spécialités
• Fiche mémo : antibiothérapie des infections respiratoires hautes de l'enfant

[[Lire la lettre en ligne|https://www.has-sante.fr/jcms/p_3612345/fr/has-actualites-octobre-2025]]

Vous recevez cette lettre car vous y êtes abonné. [[Gérer mon abonnement|https://www.has-sante.fr/jcms/c_1771214/fr/abonnements]]
""", doms="has-sante.fr")

O("l14", "legitimate", "fr", ("DGS-Urgent", "dgs-urgent@sante.gouv.fr"),
  "DGS-URGENT N°2025-07 : Cas de rougeole – vérification du statut vaccinal", "2025-03-21 18:20", """
DGS-URGENT

DATE : 21/03/2025
RÉFÉRENCE : DGS-URGENT N°2025-07
TITRE : Recrudescence des cas de rougeole – vérification du statut vaccinal et conduite à tenir

Professionnels ciblés : médecins généralistes, pédiatres, urgentistes, infectiologues

Mesdames, Messieurs,

Une augmentation du nombre de cas de rougeole est observée depuis le début de l'année dans plusieurs régions. Je vous demande de vérifier le statut vaccinal de vos patients, en particulier des enfants et des jeunes adultes, et de le mettre à jour si nécessaire.

Tout cas suspect doit être signalé sans délai à l'ARS de votre région, sans attendre la confirmation biologique.

Les documents de référence sont disponibles sur [[le site du ministère|https://sante.gouv.fr/soins-et-maladies/maladies/maladies-infectieuses/rougeole]].

Le Directeur général de la santé
""", doms="sante.gouv.fr")

O("l15", "legitimate", "fr", ("Ministère du Travail, de la Santé et des Solidarités", "communication-professionnels@sante.gouv.fr"),
  "Lettre aux médecins : lancement de la campagne de vaccination contre la grippe", "2025-10-10 09:00", """
Madame, Monsieur,

La campagne de vaccination contre la grippe saisonnière débute le 14 octobre 2025 pour les personnes à risque et les professionnels de santé. Elle est couplée à la vaccination contre la COVID-19.

Les bons de prise en charge sont adressés par l'Assurance Maladie aux personnes concernées. Les médecins peuvent également vacciner les patients éligibles qui n'auraient pas reçu leur bon.

Retrouvez le dossier professionnel et les outils de communication sur [[sante.gouv.fr|https://sante.gouv.fr/prevention-en-sante/preserver-sa-sante/vaccination]] et sur [[ameli.fr|https://www.ameli.fr/medecin/sante-prevention/vaccination]].

Le Ministère chargé de la santé
""", doms="sante.gouv.fr;ameli.fr")

O("l16", "legitimate", "fr", ("ameli pro", "ne-pas-repondre@ameli.fr"),
  "Votre relevé individuel d'activité et de prescriptions est disponible", "2025-04-10 06:20", """
Docteur,

Votre relevé individuel d'activité et de prescriptions (RIAP) du 4e trimestre 2024 est disponible dans votre espace ameli pro.

Connectez-vous avec votre carte CPS ou votre e-CPS depuis [[espacepro.ameli.fr|https://espacepro.ameli.fr]], rubrique « Activité ».

L'Assurance Maladie
""", doms="ameli.fr")

O("l17", "legitimate", "fr", ("Conseil départemental de l'Ordre des médecins du Morbihan", "morbihan@56.medecin.fr"),
  "Convocation à une réunion de conciliation", "2025-07-03 15:05", """
Docteur,

Le conseil départemental a été saisi le 20 juin 2025 d'une plainte déposée à votre encontre par Madame V., en application de l'article L.4123-2 du code de la santé publique.

Conformément à la procédure, une réunion de conciliation est organisée le jeudi 24 juillet 2025 à 14 heures au siège du conseil départemental, 11 rue Thiers, 56000 Vannes. Vous trouverez en pièce jointe la copie de la plainte ainsi que la convocation officielle, qui vous est également adressée par lettre recommandée avec avis de réception.

Vous pouvez vous faire assister par un confrère ou un avocat. En cas d'empêchement, nous vous remercions de prévenir le secrétariat au 02 97 47 54 00.

Veuillez agréer, Docteur, l'expression de nos sentiments confraternels.

Le Président de la commission de conciliation
""", doms="", phones="+33297475400", html=False)

O("l18", "legitimate", "fr", ("Santé publique France", "alerte@santepubliquefrance.fr"),
  "Bulletin épidémiologique bronchiolite – Bretagne – semaine 46", "2025-11-19 12:00", """
Bulletin de surveillance – Bronchiolite (moins de 2 ans)

En Bretagne, la région est entrée en phase épidémique. Les recours aux urgences pour bronchiolite ont augmenté de 38 % par rapport à la semaine précédente.

Le bulletin complet est consultable sur [[santepubliquefrance.fr|https://www.santepubliquefrance.fr/regions/bretagne/documents/bulletin-regional]].

Santé publique France – Cellule Bretagne
""", doms="santepubliquefrance.fr")

# =====================================================================================
# LEGITIMATE — French (professional correspondence)
# =====================================================================================
O("l19", "legitimate", "fr", ("Dr Yann Le Floch - Cardiologie", "yann.lefloch@chbs.mssante.fr"),
  "Votre patient M. G. — compte rendu de consultation", "2025-02-13 18:44", """
Cher confrère,

J'ai revu ce jour votre patient M. G., 67 ans, pour le suivi de sa fibrillation atriale. Il est asymptomatique, l'ETT est superposable à celle de 2024. Je propose de poursuivre l'apixaban 5 mg x 2 et d'introduire le bisoprolol 2,5 mg.

Le compte rendu détaillé et l'ECG sont joints au message sécurisé. Je le reverrai dans un an, sauf événement intercurrent.

Bien confraternellement,
Dr Yann Le Floch
Service de cardiologie – Centre hospitalier Bretagne Sud
Secrétariat : 02 97 06 90 90
""", phones="+33297069090", html=False)

O("l20", "legitimate", "fr", ("Laboratoire BioAtlantique", "resultats@bioatlantique-labo.fr"),
  "Résultat critique – patient(e) né(e) le 14/03/1951", "2025-08-02 07:12", """
Docteur,

Nous vous informons d'un résultat critique pour votre patiente Mme R. née le 14/03/1951 (prélèvement du 02/08/2025 à 06h40) :

Kaliémie : 6,4 mmol/L (contrôlé sur second prélèvement, absence d'hémolyse)

Le biologiste de garde a tenté de vous joindre au cabinet sans succès. La patiente a été informée de la nécessité de vous contacter rapidement.

Résultats complets sur votre serveur de résultats : [[resultats.bioatlantique-labo.fr|https://resultats.bioatlantique-labo.fr]]

Biologiste de garde : 02 97 63 18 40

Laboratoire BioAtlantique – site de Vannes
""", doms="bioatlantique-labo.fr", phones="+33297631840", html=False)

O("l21", "legitimate", "fr", ("Pharmacie du Port", "pharmacieduport.vannes@orange.fr"),
  "Ordonnance Mme L. – question posologie", "2025-05-19 10:41", """
Bonjour Docteur,

Votre patiente Mme L. est venue ce matin avec une ordonnance de méthotrexate 10 mg « une fois par jour ». Je suppose qu'il s'agit d'une prise hebdomadaire, comme pour son traitement habituel ?

Je préfère ne pas délivrer avant votre confirmation. Pouvez-vous me rappeler au 02 97 42 15 63 ou me répondre par mail ?

Merci,
Claire Guéguen, pharmacien titulaire
""", phones="+33297421563", html=False)

O("l22", "legitimate", "fr", ("Mathilde Rouxel", "mathilde.rouxel1988@gmail.com"),
  "certificat urgent pour mon fils", "2025-09-04 22:18", """
Bonsoir docteur,

Excusez-moi de vous écrire si tard, mon fils Noah (8 ans) doit rendre son certificat médical pour le club de judo avant samedi sinon il ne peut pas reprendre. Il a été vu par vous en juin pour son asthme, est-ce que c'est possible de le faire sans rendez-vous ? Je peux passer le chercher au cabinet.

Sinon je peux prendre RDV mais il n'y a plus rien avant 10 jours sur internet.

Merci beaucoup et désolée du dérangement
Mathilde Rouxel
06 33 18 72 09
""", phones="+33633187209", html=False)

O("l23", "legitimate", "fr", ("Cabinet Lemaire & Associés", "s.lemaire@lemaire-expertise.fr"),
  "Déclaration 2035 – pièces manquantes avant le 30 avril", "2025-04-08 11:30", """
Bonjour Docteur,

Pour finaliser votre déclaration 2035 et votre liasse, il nous manque encore :
- le relevé SNIR 2024 (disponible sur votre espace ameli pro)
- les relevés bancaires du compte professionnel d'octobre à décembre
- la facture d'achat de l'échographe

Vous pouvez les déposer dans votre espace client habituel : [[https://portail.lemaire-expertise.fr|https://portail.lemaire-expertise.fr]]

Je vous rappelle que la date limite de dépôt est fixée au 20 mai et que notre cabinet ferme le 15 mai pour la télétransmission à l'AGA.

Bien cordialement,
Sophie Lemaire
Expert-comptable
02 97 54 33 10
""", doms="lemaire-expertise.fr", phones="+33297543310")

O("l24", "legitimate", "fr", ("Support Axiomed", "support@axiomed-logiciel.fr"),
  "[Ticket #58213] Rejets de télétransmission – votre demande a été mise à jour", "2025-03-07 14:52", """
Bonjour Docteur,

Votre ticket #58213 « Rejets de télétransmission depuis lundi » a été mis à jour par notre technicien.

Réponse de Kevin (Support niveau 2) :
Les rejets proviennent de l'expiration du certificat de votre carte CPS lors du dernier lot. Nous avons relancé les lots en attente depuis votre poste pendant la prise en main à distance. Merci de vérifier demain dans le module « Retours NOEMIE » que les ARL sont positifs. Si ce n'est pas le cas, répondez simplement à ce message.

Suivre votre ticket : [[https://support.axiomed-logiciel.fr/tickets/58213|https://support.axiomed-logiciel.fr/tickets/58213]]

Support Axiomed – du lundi au vendredi de 8h à 19h – 02 40 12 88 70
""", doms="axiomed-logiciel.fr", phones="+33240128870")

O("l25", "legitimate", "fr", ("Dr Pierre Jaouen", "p.jaouen@cabinet-tilleuls-vannes.fr"),
  "SCM – appel de fonds charges T4", "2025-10-01 19:20", """
Salut Hélène,

Comme convenu à la dernière réunion de la SCM, voici l'appel de fonds pour le T4 : 2 450 € par associé (loyer, ménage, secrétariat, maintenance du standard).

Merci de faire le virement sur le compte habituel de la SCM au Crédit Agricole avant le 10. Rien ne change au niveau du RIB, c'est toujours celui qu'on a depuis 2019.

Tu as vu que la chaudière est encore tombée en panne ? J'ai appelé le plombier, il passe jeudi.

Bises,
Pierre
""", html=False)

O("l26", "legitimate", "fr", ("DSI - Centre hospitalier Bretagne Sud", "dsi-support@ch-bretagne-sud.fr"),
  "Vos identifiants temporaires pour le dossier patient informatisé", "2025-11-03 08:05", """
Bonjour Docteur,

Suite à votre arrivée dans le service de médecine polyvalente le 3 novembre, votre compte pour le dossier patient informatisé a été créé.

Identifiant : hdurand
Le mot de passe temporaire vous sera communiqué par SMS sur le numéro que vous avez indiqué au bureau des affaires médicales.

À la première connexion, vous devrez choisir un nouveau mot de passe (12 caractères minimum). Ne communiquez jamais votre mot de passe, y compris à la DSI.

En cas de difficulté : poste 4242 ou 02 97 01 42 42.

Direction du système d'information
""", phones="+33297014242", html=False)

O("l27", "legitimate", "fr", ("Doctolib", "no-reply@doctolib.fr"),
  "Réinitialisation de votre mot de passe Doctolib Pro", "2025-06-20 13:04", """
Bonjour,

Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Doctolib Pro.

[[Réinitialiser mon mot de passe|https://pro.doctolib.fr/password/edit?reset_password_token=Zq8xN2vR5aT1]]

Ce lien est valable 2 heures. Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer cet e-mail.

L'équipe Doctolib
""", doms="doctolib.fr")

O("l28", "legitimate", "fr", ("Bureau des affaires médicales - CHBS", "affaires.medicales@ch-bretagne-sud.fr"),
  "Urgent - remplacement garde du 14/02", "2025-02-10 16:35", """
Bonjour Docteur,

Le Dr Kerjean est en arrêt maladie et nous n'avons personne pour la garde de médecine du vendredi 14 février (18h30 – 8h30). Seriez-vous disponible ? Le tableau des gardes de février a été mis à jour sur l'intranet.

Merci de nous répondre avant demain midi si possible, sinon nous devrons solliciter le pool de remplaçants.

Bien cordialement,
Nadine Le Bihan
Bureau des affaires médicales
Tél. 02 97 01 40 12
""", phones="+33297014012", html=False)

O("l29", "legitimate", "fr", ("Secrétariat Radiologie Vannes Ouest", "secretariat@radiologie-vannes-ouest.fr"),
  "Mise en place de l'envoi des comptes rendus par MSSanté", "2025-01-06 09:10", """
Docteur,

À compter du 1er février, les comptes rendus d'examens de vos patients vous seront adressés exclusivement par messagerie sécurisée de santé (MSSanté), à l'adresse figurant dans l'annuaire santé.

Si vous ne disposez pas encore d'une adresse MSSanté, l'Ordre des médecins vous en propose une gratuitement (Mailiz). Les images restent consultables sur notre portail : [[imagerie.radiologie-vannes-ouest.fr|https://imagerie.radiologie-vannes-ouest.fr]]

Pour toute question, contactez notre secrétariat au 02 97 44 08 90.

Le cabinet de radiologie Vannes Ouest
""", doms="radiologie-vannes-ouest.fr", phones="+33297440890")

O("l30", "legitimate", "fr", ("Samuel Morvan", "samuel.morvan56@laposte.net"),
  "Re: arrêt de travail", "2025-12-15 07:58", """
Bonjour Docteur,

Mon employeur me dit qu'il n'a pas reçu l'arrêt de travail de la semaine dernière, alors que vous m'avez dit qu'il était fait en ligne. Est-ce que je dois faire quelque chose de mon côté ? Sur mon compte ameli je vois bien l'arrêt.

Merci de votre retour,
Samuel Morvan
""", html=False)

# =====================================================================================
# LEGITIMATE — English
# =====================================================================================
O("k01", "legitimate", "en", ("The Lancet Regional Health – Europe", "em@editorialmanager.com"),
  "Invitation to review manuscript LANEPE-D-25-01872", "2025-05-12 13:40", """
Dear Dr. Durand,

Given your expertise, I would like to invite you to review the manuscript entitled "Determinants of uptake of colorectal cancer screening in French general practice: a cross-sectional study", which has been submitted to The Lancet Regional Health – Europe.

Please let me know whether you accept by clicking one of the links below:
[[Agree to review|https://www.editorialmanager.com/lanepe/l.asp?i=118842&l=A2X7QK9P]]
[[Decline to review|https://www.editorialmanager.com/lanepe/l.asp?i=118843&l=B8ZC4L1M]]

If you accept, I would be grateful to receive your review within 14 days.

With kind regards,
Dr. Hannah Weber
Senior Editor
""", doms="editorialmanager.com")

O("k02", "legitimate", "en", ("Zoom", "no-reply@zoom.us"),
  "Reset your Zoom password", "2025-01-27 20:15", """
Hello,

You recently requested to reset the password for your Zoom account. Click the button below to proceed.

[[Reset Password|https://zoom.us/resetpassword?code=Hk2f9sPq7Lz0]]

If you did not request a password reset, please ignore this email. This password reset link is only valid for the next 30 minutes.

Thanks,
The Zoom Team
""", doms="zoom.us")

O("k03", "legitimate", "en", ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
  "Microsoft account security code", "2025-08-22 07:31", """
Microsoft account

Security code

Please use the following security code for the Microsoft account he**@outlook.fr.

Security code: 739104

If you don't recognize the Microsoft account he**@outlook.fr, you can click [[here|https://account.live.com/dp?ft=-Dk3sYv]] to remove your email address from that account.

Thanks,
The Microsoft account team
""", doms="live.com")

O("k04", "legitimate", "en", ("Dr James Whitmore", "james.whitmore@nhs.net"),
  "Your patient Mrs E. Harrington – holiday in Brittany", "2025-07-07 12:02", """
Dear Colleague,

I am the GP of Mrs Elizabeth Harrington (DOB 02/11/1946), who will be staying in Carnac from 12 July to 30 August and has given your practice as her local contact.

She has heart failure (EF 35%) and takes furosemide 40 mg daily, bisoprolol 5 mg, ramipril 5 mg and apixaban 5 mg bd. Her most recent blood results are attached. She may need a U&E check in early August.

Please do not hesitate to contact me if needed: +44 1392 555 240 (surgery).

With thanks and best wishes,
Dr James Whitmore
Riverside Medical Practice, Exeter
""", phones="+441392555240", html=False)

O("k05", "legitimate", "en", ("Laura Bennett", "laura.bennett84@hotmail.co.uk"),
  "Medical report request – consultation of 21 August", "2025-09-02 19:26", """
Dear Doctor,

You saw me in your surgery on 21 August while I was on holiday in Quiberon (ankle sprain). My travel insurer is asking for a short medical report and an itemised invoice to reimburse the consultation and the X-ray.

Would it be possible to send them to me by email? My claim reference is TRV-0925-44718.

Many thanks for your help, and sorry for my French on the phone!
Laura Bennett
""", html=False)

O("k06", "legitimate", "en", ("ESC Congress", "congress@escardio.org"),
  "Your registration confirmation – ESC Congress 2025 Madrid", "2025-06-18 10:22", """
Dear Dr. Durand,

Thank you for registering for ESC Congress 2025, Madrid, 29 August – 1 September.

Registration number: ESC25-FR-448127
Category: ESC Professional Member

Your badge will be available via the ESC Congress app. You can view your registration details and download your invoice in [[My ESC account|https://www.escardio.org/my-esc]].

We look forward to welcoming you in Madrid.

ESC Congress Registration Team
""", doms="escardio.org")

O("k07", "legitimate", "en", ("UpToDate", "customerservice@uptodate.com"),
  "Your UpToDate subscription renews in 30 days", "2025-10-30 14:00", """
Dear Dr. Durand,

Your UpToDate Individual subscription will renew automatically on November 29, 2025. The card ending in 4421 will be charged EUR 559.00.

To manage your subscription or change your payment method, sign in to your account at [[www.uptodate.com|https://www.uptodate.com/login]].

Renewing also keeps your CME credits in one place.

UpToDate Customer Service
Wolters Kluwer
""", doms="uptodate.com")

O("k08", "legitimate", "en", ("Sophie Lemaire via DocuSign", "dse_na2@docusign.net"),
  "Please DocuSign: Lettre de mission 2025 - Dr Durand.pdf", "2025-01-09 09:12", """
Sophie Lemaire sent you a document to review and sign.

[[REVIEW DOCUMENT|https://na2.docusign.net/Signing/EmailStart.aspx?a=1f0e8c2d-4b55-4e1a-9d7b-2c4a6f1e9b30&etti=24]]

Sophie Lemaire
s.lemaire@lemaire-expertise.fr

Bonjour Docteur, voici la lettre de mission pour l'exercice 2025, comme évoqué au téléphone. Bien cordialement.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
""", doms="docusign.net")

O("k09", "legitimate", "en", ("NEJM", "nejmtoc@n.nejm.org"),
  "NEJM Table of Contents – November 13, 2025", "2025-11-13 05:00", """
The New England Journal of Medicine
November 13, 2025 – Vol. 393 No. 19

Original Articles
• Semaglutide and Kidney Outcomes in Type 2 Diabetes – extended follow-up
• Early Rhythm Control in Older Adults with Atrial Fibrillation

[[View the full table of contents|https://www.nejm.org/toc/nejm/393/19]]

You are receiving this email because you signed up for NEJM alerts. [[Manage your email preferences|https://www.nejm.org/action/showPreferences]]
""", doms="nejm.org")

O("k10", "legitimate", "en", ("Dr Amélie Rousseau (UCL)", "a.rousseau@ucl.ac.uk"),
  "Invitation: survey on antibiotic prescribing in primary care (France/UK)", "2025-03-12 11:48", """
Dear Dr Durand,

I am a French GP currently working as a research fellow at University College London. With colleagues from the Université de Rennes, we are running a short survey comparing antibiotic prescribing for respiratory infections in French and British primary care.

The survey is anonymous and takes about 10 minutes. It has been approved by the UCL Research Ethics Committee (ref. 24517/002).

[[Take part in the survey|https://ucl.eu.qualtrics.com/jfe/form/SV_6X9abQ2kLmNpR1T]]

Many thanks for considering it. Please feel free to reply if you have any question.

Best wishes,
Amélie Rousseau
Research Fellow, UCL Primary Care and Population Health
""", doms="qualtrics.com")

# ---- additional English originals
O("e15", "fraud", "en", ("Ordre des Médecins - Licensing Department", "licensing@ordremedecins-fr.com"),
  "Invoice 2025-FR-56-0912: professional licence fee (final notice)", "2025-09-08 06:25", """
Dear Dr.,

This is a final notice regarding your professional licence fee for the current period.

Amount due: EUR 395.00
Due date: 15 September 2025

Failure to settle this invoice will result in your licence being marked as inactive in the national register, and your name being reported to the health insurance fund.

Pay securely by card: [[ordremedecins-fr.com/pay|https://ordremedecins-fr.com/pay/2025-FR-56-0912]]

Licensing Department
Ordre des Médecins
""", doms="ordremedecins-fr.com")

O("e16", "fraud", "en", ("", ""), "Voicemail", "2025-11-06 10:48", """
Hello, this is an automated message from the French Health Ministry regarding irregular prescriptions issued under your professional number. Your licence will be suspended within 24 hours. To speak with an officer, press 1 or call back +33 1 70 38 92 15 immediately.
""", phones="+33170389215", kind="voicemail")

O("x11", "spam", "en", ("Northern Lights Medical Staffing", "careers@northernlights-staffing.com"),
  "Family physicians wanted in rural Quebec – francophone doctors", "2025-03-17 14:30", """
Dear Doctor,

Northern Lights Medical Staffing is recruiting French-speaking family physicians for several communities in rural Quebec. Competitive fee-for-service income, relocation package and licensing support through the Collège des médecins du Québec.

Info sessions online every Thursday. Register here: [[northernlights-staffing.com/quebec|https://www.northernlights-staffing.com/quebec-info-session]]

To stop receiving these emails, click [[unsubscribe|https://www.northernlights-staffing.com/unsubscribe]].
""", doms="northernlights-staffing.com")

O("k11", "legitimate", "en", ("BMJ Learning", "learning@bmj.com"),
  "Your certificate is ready: Atrial fibrillation: diagnosis and management", "2025-04-23 18:05", """
Dear Dr Durand,

Congratulations on completing the module "Atrial fibrillation: diagnosis and management" (1 hour of learning).

Your certificate is now available in your learning record:
[[View my certificate|https://new-learning.bmj.com/user/certificates]]

Kind regards,
The BMJ Learning team
""", doms="bmj.com")

O("k12", "legitimate", "en", ("LinkedIn", "messages-noreply@linkedin.com"),
  "Oliver Grant sent you a message", "2025-04-09 08:44", """
Oliver Grant
Senior Consultant at BritMed Locums

"Hello Doctor, following my email earlier this week, would you be open to a quick call about GP locum posts in Ireland?"

[[Reply|https://www.linkedin.com/messaging/thread/2-ZGY4N2Q1/]]

You are receiving Message notifications emails. [[Unsubscribe|https://www.linkedin.com/comm/psettings/email-unsubscribe]]
""", doms="linkedin.com")

# ---- legitimate SMS / calls (typed by the doctor)
O("l31", "legitimate", "fr", ("", ""), "SMS ameli", "2025-10-16 08:52", """
ameli pro : votre code de connexion est 804217. Il est valable 10 minutes. Ne le communiquez a personne.
""", kind="sms")

O("l32", "legitimate", "fr", ("", ""), "Appel téléphonique", "2025-05-22 11:30", """
Appel ce matin d'une dame se présentant comme déléguée de l'Assurance Maladie (DAM) de la CPAM du Morbihan, qui souhaitait fixer un rendez-vous au cabinet pour présenter les nouvelles mesures de la convention et les « mémos » sur les arrêts de travail. Elle ne m'a rien demandé d'autre que mes disponibilités et m'a laissé le standard de la CPAM pour la rappeler : 02 97 01 56 00. Elle connaissait mon nom et mon adresse.
""", phones="+33297015600", kind="call")
