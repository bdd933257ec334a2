# -*- coding: utf-8 -*-
"""Hand-written originals of the unseen_b set.

Each original: id, label, lang, kind (email|sms|call), from (display name, address),
optional reply_to, subject, date, body (links written [shown text](real target); a bare
link is [](url)), domains (hand-written registered domains of every link), phones (E.164).
{greet} and {tk} are filled per recipient (campaign personalisation / tracking parameter).
SMS and calls are stored as the doctor would see/hear them; reports describe them in
their own words (see reports.py).
"""
ORIGINALS = []


def O(id, label, lang, frm, subject, date, body, domains=(), phones=(), kind='email', **kw):
    d = dict(id=id, label=label, lang=lang, kind=kind, subject=subject, date=date, body=body,
             domains=list(domains), phones=list(phones))
    d['from'] = frm
    d.update(kw)
    ORIGINALS.append(d)


# =====================================================================================
# FRAUD CAMPAIGNS
# =====================================================================================
O('c_cp_radiation', 'fraud', 'fr',
  ('Direction Régionale de Certification Périodique', 'notification@certif-periodique-medecins.fr'),
  'AVIS DE NON-CONFORMITÉ - Certification périodique - Dossier n° CP-2025-{tk}',
  '2025-01-13 08:47',
  """{greet},

Sauf erreur de notre part, votre parcours de certification périodique n'a fait l'objet d'aucune validation à ce jour.

Conformément à l'ordonnance n° 2021-961 du 19 juillet 2021, tout praticien n'ayant pas régularisé sa situation s'expose à une procédure de suspension puis de RADIATION du tableau de l'Ordre.

Afin d'éviter l'ouverture d'une procédure à votre encontre, nous vous invitons à compléter votre dossier dans un délai de 72 heures :

[ACCÉDER À MON DOSSIER DE CERTIFICATION](https://www.certif-periodique-medecins.fr/dossier/validation.php?ref=CP-2025-{tk})

Un conseiller de la direction régionale reste joignable au 01 76 42 18 90 du lundi au vendredi de 9h à 18h.

Nous vous prions d'agréer, Docteur, l'expression de nos salutations distinguées.

Service Conformité
Direction Régionale de Certification Périodique
Pôle Ouest""",
  ['certif-periodique-medecins.fr'], ['+33176421890'], campaign='cp_radiation_jan')

O('c_ans_activation', 'fraud', 'fr',
  ('Agence du Numérique en Santé', 'no-reply@ans-certification.fr'),
  'Action requise : activez votre compte personnel de certification périodique',
  '2025-02-04 10:02',
  """{greet},

L'Agence du Numérique en Santé (ANS) a été désignée pour la gestion des comptes personnels des professionnels de santé dans le cadre de la certification périodique.

Votre compte a été pré-créé mais n'est pas encore activé. Sans activation avant le 28 février 2025, les actions déjà réalisées ne pourront pas être prises en compte dans votre parcours.

Pour activer votre compte, munissez-vous de votre numéro RPPS et de vos identifiants e-CPS :

[Activer mon compte](https://esante-gouv-certif.com/activation/?uid={tk})

Cette opération ne prend que quelques minutes.

Cordialement,

L'équipe Certification Périodique
Agence du Numérique en Santé
9, rue Georges Pitard - 75015 Paris""",
  ['esante-gouv-certif.com'], [], campaign='ans_activation_fev')

O('c_andpc_validate', 'fraud', 'fr',
  ('ANDPC - Agence Nationale du DPC', 'contact@agencedpc-info.fr'),
  'Vos droits DPC 2025 : validation de compte obligatoire',
  '2025-01-21 14:31',
  """Bonjour {greet},

Votre enveloppe de formation DPC au titre de l'année 2025 a été calculée : 1 470 EUR de prise en charge + indemnisation.

Nous avons constaté que votre compte n'a pas été validé depuis la réforme de janvier. Sans validation de votre part, vos droits seront reversés au fonds commun le 31/01/2025.

Valider mon compte : [https://www.mondpc.fr/validation](https://mondpc-validation.com/login?m={tk})

L'agence nationale du développement professionnel continu vous remercie de votre confiance.

---
ANDPC - Service des professionnels de santé
Ne pas répondre à ce message automatique.""",
  ['mondpc-validation.com'], [], campaign='andpc_validation')

O('c_mondpc_reset', 'fraud', 'fr',
  ('Mon DPC', 'noreply@mondpc-securite.fr'),
  'Réinitialisation de votre mot de passe',
  '2025-02-17 06:12',
  """Bonjour,

Nous avons reçu une demande de réinitialisation du mot de passe associé à votre compte Mon DPC.

Pour choisir un nouveau mot de passe, cliquez sur le bouton ci-dessous. Ce lien expire dans 30 minutes.

[Réinitialiser mon mot de passe](https://mondpc-fr.com/account/reset?token={tk}&src=mail)

Si vous n'êtes pas à l'origine de cette demande, votre compte est peut-être compromis : connectez-vous immédiatement via le lien ci-dessus afin de sécuriser vos droits de formation.

L'équipe Mon DPC""",
  ['mondpc-fr.com'], [], campaign='mondpc_reset')

O('c_sms_dpc', 'fraud', 'fr', ('ANDPC-INFO', ''),
  'SMS', '2025-03-03 11:20',
  """ANDPC: Votre solde de formation 2025 (1450EUR) expire le 31/03. Activez vos droits ici: https://dpc-droits.fr/a/{tk} Stop: 36173""",
  ['dpc-droits.fr'], [], kind='sms', campaign='sms_dpc_mars')

O('c_ecps', 'fraud', 'fr',
  ('ANS - Carte CPS', 'carte-cps@ans-esante.eu'),
  'Votre carte CPS expire le 31/03/2025 - commande de votre e-CPS',
  '2025-03-10 09:15',
  """Madame, Monsieur le Docteur,

Votre Carte de Professionnel de Santé (CPS) arrive à expiration le 31/03/2025.

Afin d'assurer la continuité de vos télétransmissions et de votre accès aux services numériques en santé (DMP, MSSanté, Pro Santé Connect), vous devez confirmer la commande de votre nouvelle carte et activer votre e-CPS.

Des frais d'expédition sécurisée de 4,90 EUR sont à régler en ligne par carte bancaire.

[Confirmer ma commande](https://e-cps-renouvellement.com/commande/{tk})

Sans confirmation sous 5 jours, votre carte sera désactivée et vos feuilles de soins électroniques rejetées.

Agence du Numérique en Santé - Service Cartes""",
  ['e-cps-renouvellement.com'], [], campaign='ecps_renouvellement')

O('c_cotisation', 'fraud', 'fr',
  ('Ordre des Médecins - Service Comptabilité', 'comptabilite@ordre-medecins-cotisation.fr'),
  'Relance : cotisation ordinale 2025 non réglée - majoration de 10 %',
  '2025-02-25 16:40',
  """Docteur,

Sauf erreur de notre part, le règlement de votre cotisation ordinale 2025 (335 EUR) ne nous est pas parvenu.

Suite au changement de notre établissement bancaire, les règlements par chèque ne sont plus acceptés. Nous vous remercions d'effectuer votre virement avant le 7 mars 2025 sur le compte suivant :

Titulaire : CNOM RECOUVREMENT
IBAN : FR76 1695 8000 0145 2276 3399 812
BIC : QNTOFRP1XXX

Vous pouvez également régler en ligne par carte : [Payer ma cotisation](https://ordre-medecins-cotisation.fr/paiement/{tk})

Passé ce délai une majoration de 10 % sera appliquée et le dossier transmis au conseil départemental.

Service comptabilité
Conseil National de l'Ordre des Médecins""",
  ['ordre-medecins-cotisation.fr'], [], campaign='cotisation_iban')

O('c_m365', 'fraud', 'en',
  ('Secrétariat Imagerie Erdre', 'secretariat@imagerie-erdre.fr'),
  'Your password expires today - action needed',
  '2025-01-28 07:55',
  """Microsoft 365

Your password for {greet} expires today.

You can keep using your current password by confirming below. If no action is taken your mailbox will be locked and pending messages deleted.

[Keep current password](https://login.microsoftonline-verify.com/common/oauth2/?client={tk})

Thanks,
The Microsoft 365 Team

This message was sent from an unmonitored mailbox.""",
  ['microsoftonline-verify.com'], [], campaign='m365_expire')

O('c_docusign', 'fraud', 'en',
  ('DocuSign via Dr Laurent Mercadier', 'dse@docusign-notice.net'),
  'Please review and sign: Contrat_Remplacement_2025.pdf',
  '2025-03-18 13:05',
  """Dr Laurent Mercadier sent you a document to review and sign.

REVIEW DOCUMENT
[REVIEW DOCUMENT](https://docsign-secure-view.com/envelope/{tk})

Dr Laurent Mercadier
l.mercadier.medecin@gmail.com

Hello,
Please find the replacement contract for the summer period. Kindly review and sign at your earliest convenience.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.""",
  ['docsign-secure-view.com'], [], campaign='docusign_remplacement')

# =====================================================================================
# SPAM CAMPAIGNS
# =====================================================================================
O('c_formamed', 'spam', 'fr',
  ('FormaMed Santé', 'infos@formamed-sante.fr'),
  '{greet}, il reste des places sur nos sessions DPC du printemps',
  '2025-02-11 12:00',
  """{greet},

Le printemps approche et avec lui nos sessions présentielles 2025, toutes enregistrées auprès de l'ANDPC et finançables sur votre forfait DPC individuel :

- Douleur chronique en soins primaires : 14 et 15 mars, Nantes (14 h)
- Troubles du sommeil de l'adulte : 4 avril, Angers (7 h)
- Dépistage des cancers cutanés : 16 mai, Rennes (7 h)

Vous pouvez vous inscrire directement depuis votre espace sur mondpc.fr en recherchant notre numéro d'organisme (4178) ou depuis notre site :

[Voir le programme et s'inscrire](https://formamed-sante.us21.list-manage.com/track/click?u=8c2f1e&id={tk})

Notre équipe se tient à votre disposition au 02 40 58 63 10.

Bien confraternellement,
Dr Hélène Prigent, responsable pédagogique
FormaMed Santé - organisme de DPC n° 4178
12 quai de Versailles, 44000 Nantes

Vous recevez cet e-mail car vous avez participé à l'une de nos formations. [Se désinscrire](https://formamed-sante.us21.list-manage.com/unsubscribe?u=8c2f1e&id={tk})""",
  ['list-manage.com', 'mondpc.fr'], ['+33240586310'], campaign='formamed_printemps')

O('c_congress_en', 'spam', 'en',
  ('Global Primary Care Summit 2025', 'speakers@gpcsummit2025.com'),
  'Invitation to speak at Global Primary Care Summit 2025, Barcelona',
  '2025-01-09 03:22',
  """Dear Dr. {greet},

Greetings from the Organizing Committee!

Based on your valuable contributions to general practice, we are pleased to invite you as a Speaker at the Global Primary Care Summit 2025, to be held on September 22-24, 2025 in Barcelona, Spain.

Theme: "Rethinking Primary Care in the Era of Digital Health"

Speaker registration includes access to all sessions, lunch and coffee breaks, and a certificate of participation. Early bird registration closes on March 31.

[Submit your abstract](https://www.gpcsummit2025.com/abstract-submission?ref={tk})

Kindly let us know your interest by replying to this email.

Best regards,
Emily Carter
Program Manager | Global Primary Care Summit 2025

If you do not wish to receive further emails, reply with "Unsubscribe".""",
  ['gpcsummit2025.com'], [], campaign='gpc_summit')

# =====================================================================================
# LEGITIMATE CAMPAIGN
# =====================================================================================
O('c_andpc_real', 'legitimate', 'fr',
  ('Agence nationale du DPC', 'ne-pas-repondre@agencedpc.fr'),
  'DPC 2025 : vos forfaits de prise en charge sont disponibles',
  '2025-01-16 09:30',
  """Madame, Monsieur,

Les forfaits de prise en charge 2025 des professionnels de santé libéraux et salariés des centres de santé conventionnés sont désormais disponibles.

Vous pouvez consulter le montant de votre forfait et rechercher une action de DPC depuis votre compte personnel sur [www.mondpc.fr](https://www.mondpc.fr).

Pour rappel, l'Agence ne vous sollicitera jamais par téléphone ni par SMS pour vous proposer une formation ou vous demander vos identifiants de connexion. En cas de doute, connectez-vous uniquement en saisissant vous-même l'adresse du site.

Retrouvez toutes les informations sur le DPC et sur la certification périodique sur [notre site](https://www.agencedpc.fr/professionnel/).

L'Agence nationale du Développement Professionnel Continu

Ce message vous est adressé automatiquement, merci de ne pas y répondre.""",
  ['mondpc.fr', 'agencedpc.fr'], [], campaign='andpc_forfaits_2025')

# =====================================================================================
# FRAUD - single originals
# =====================================================================================
O('f_call_radiation', 'fraud', 'fr', ('', ''), 'Appel', '2025-01-08 12:40',
  """Appel d'une femme se présentant comme la "direction régionale de la certification périodique", exige de parler au médecin, menace de radiation si la certification n'est pas validée avant la fin du mois, rappel demandé au 01 89 71 40 22.""",
  [], ['+33189714022'], kind='call')

O('f_call_ans', 'fraud', 'fr', ('', ''), 'Appel', '2025-02-12 17:55',
  """Homme se disant de l'Agence du Numérique en Santé, propose de créer le compte certification "ensemble" et demande l'identifiant et le mot de passe e-CPS ainsi qu'un code reçu par SMS. Numéro affiché 09 73 88 21 54.""",
  [], ['+33973882154'], kind='call')

O('f_call_formation', 'fraud', 'fr', ('', ''), 'Appel', '2025-03-05 13:10',
  """Appel d'un "conseiller formation" : il reste 1 200 € de droits DPC à utiliser avant le 31 mars, il propose de s'occuper de l'inscription à ma place si je lui donne mon identifiant et mon mot de passe Mon DPC. Numéro 07 56 84 12 09.""",
  [], ['+33756841209'], kind='call')

O('f_sms_reset_code', 'fraud', 'fr', ('38015', ''), 'SMS', '2025-02-19 22:47',
  """Mon DPC : votre code de reinitialisation est 482913. Si vous n'etes pas a l'origine de cette demande, contactez immediatement le service securite au 09 70 19 44 83.""",
  [], ['+33970194483'], kind='sms')

O('f_sms_ordre', 'fraud', 'fr', ('+33 6 44 19 72 05', ''), 'SMS', '2025-01-30 08:03',
  """Ordre des Medecins: votre inscription au tableau doit etre mise a jour sous 48h sous peine de suspension. Connectez-vous : https://ordre-medecins-maj.com/rpps""",
  ['ordre-medecins-maj.com'], ['+33644197205'], kind='sms')

O('f_sms_colis', 'fraud', 'fr', ('+33 7 81 20 55 63', ''), 'SMS', '2025-02-06 19:21',
  """Votre colis est en attente de livraison. Merci de regler les frais de reexpedition (1,99EUR) : https://suivi-colissimo-fr.info/p/7Gh2""",
  ['suivi-colissimo-fr.info'], ['+33781205563'], kind='sms')

O('f_sms_antai', 'fraud', 'fr', ('ANTAI-INFO', ''), 'SMS', '2025-03-12 10:02',
  """ANTAI: Avis de contravention impaye. Evitez la majoration de 135EUR en reglant 35EUR avant le 15/03 : https://antai-amendes-gouv.fr/paiement""",
  ['antai-amendes-gouv.fr'], [], kind='sms')

O('f_rpps_update', 'fraud', 'fr',
  ('Conseil National de l\'Ordre des Médecins', 'rpps@ordre-medecin.org'),
  'Mise à jour annuelle de vos données d\'exercice (RPPS)',
  '2024-12-02 10:18',
  """Docteur,

Dans le cadre de la mise à jour annuelle du Répertoire Partagé des Professionnels de Santé, le Conseil national vous remercie de bien vouloir vérifier les informations relatives à votre exercice (adresse du cabinet, spécialité, modes d'exercice).

Cette vérification est nécessaire au maintien de votre inscription dans l'annuaire santé et au bon fonctionnement de votre messagerie sécurisée.

[Vérifier mes informations](https://espace.ordre-medecin.org/rpps/verification)

La connexion s'effectue avec vos identifiants habituels de l'espace ordinal.

Nous vous remercions de votre collaboration.

Le service RPPS
Conseil national de l'Ordre des médecins
4 rue Léon Jost - 75017 Paris""",
  ['ordre-medecin.org'], [])

O('f_psc_verif', 'fraud', 'fr',
  ('Pro Santé Connect', 'securite@prosanteconnect-esante.fr'),
  'Vérification de votre identité e-CPS requise',
  '2025-01-23 18:34',
  """Bonjour,

Suite à une mise à jour de sécurité de Pro Santé Connect, une nouvelle vérification de votre identité numérique est requise.

Sans cette vérification, votre e-CPS sera suspendue le 27/01/2025 et vous ne pourrez plus accéder à Ameli Pro, au DMP ni à votre messagerie sécurisée.

[Vérifier mon e-CPS](https://prosanteconnect-esante.fr/verif?session=9f2a0c11)

Merci de votre compréhension.
Pro Santé Connect - ANS""",
  ['prosanteconnect-esante.fr'], [])

O('f_urssaf', 'fraud', 'fr',
  ('URSSAF - Recouvrement', 'recouvrement@urssaf-regularisation.com'),
  'MISE EN DEMEURE - Régularisation de vos cotisations',
  '2025-02-03 07:10',
  """MISE EN DEMEURE AVANT POURSUITES

Nos services ont constaté une insuffisance de versement de vos cotisations personnelles au titre de l'exercice 2024 pour un montant de 1 284,36 EUR.

Vous disposez d'un délai de 8 jours pour régulariser votre situation. À défaut, une contrainte sera délivrée par huissier et des majorations de retard seront appliquées.

Régler en ligne : [www.urssaf.fr/regularisation](https://urssaf-regularisation.com/paiement/dossier=PL-44-88213)

Référence dossier : PL-44-88213

URSSAF Pays de la Loire""",
  ['urssaf-regularisation.com'], [])

O('f_impots', 'fraud', 'fr',
  ('impots.gouv.fr', 'remboursement@dgfip-impots-gouv.info'),
  'Avis de remboursement - 342,50 €',
  '2024-11-26 21:14',
  """Direction Générale des Finances Publiques

Après les derniers calculs annuels de votre activité fiscale, nous avons déterminé que vous êtes éligible à recevoir un remboursement d'impôt de 342,50 €.

Veuillez soumettre la demande de remboursement et nous laisser 3-5 jours ouvrables pour la traiter.

[Accéder au formulaire de remboursement](http://dgfip-impots-gouv.info/remb/index.php)

Un remboursement peut être retardé pour diverses raisons. Par exemple la soumission de dossiers non valides ou l'inscription après la date limite.

Cordialement,
Service des Impôts des Particuliers""",
  ['dgfip-impots-gouv.info'], [])

O('f_doctolib_pay', 'fraud', 'fr',
  ('Doctolib Facturation', 'facturation@doctolib-pro.net'),
  'Votre abonnement Doctolib est suspendu',
  '2025-02-27 09:03',
  """Bonjour Docteur,

Nous n'avons pas pu prélever votre abonnement mensuel Doctolib (149,00 € HT). Votre agenda en ligne a été temporairement suspendu : vos patients ne peuvent plus prendre rendez-vous.

Pour réactiver votre agenda, merci de mettre à jour votre moyen de paiement :

[Mettre à jour mon moyen de paiement](https://pro.doctolib-pro.net/billing/update)

L'équipe Doctolib""",
  ['doctolib-pro.net'], [])

O('f_has_eval', 'fraud', 'fr',
  ('Haute Autorité de Santé', 'evaluation@has-sante.org'),
  'Évaluation obligatoire des pratiques professionnelles - relance',
  '2025-03-14 11:27',
  """Madame, Monsieur,

Dans le cadre de la certification périodique des médecins, la Haute Autorité de Santé procède à une évaluation nationale des pratiques professionnelles.

Vous faites partie des praticiens tirés au sort. Votre questionnaire doit être complété sous 7 jours. Le défaut de réponse sera signalé à votre conseil départemental de l'Ordre.

[Compléter le questionnaire](https://has-sante.org/epp/questionnaire?id=44-2231)

Haute Autorité de Santé
Service Évaluation et Amélioration des Pratiques""",
  ['has-sante.org'], [])

O('f_ars_decl', 'fraud', 'fr',
  ('ARS Pays de la Loire', 'ne-pas-repondre@ars-sante-pro.fr'),
  'Déclaration obligatoire en attente - action requise',
  '2025-01-15 15:48',
  """Bonjour,

Une déclaration obligatoire vous concernant est en attente de validation sur la plateforme régionale.

Merci de vous connecter avec vos identifiants de messagerie professionnelle afin de la consulter :

[Se connecter à l'espace professionnel](https://ars-sante-pro.fr/connexion)

ARS Pays de la Loire
Veille et sécurité sanitaire""",
  ['ars-sante-pro.fr'], [])

O('f_banque', 'fraud', 'fr',
  ('Crédit Agricole', 'service.client@ca-securipass.com'),
  'Activation de votre nouvelle clé digitale',
  '2024-12-09 20:02',
  """Cher(e) client(e),

Dans le cadre de la directive européenne DSP2, votre clé digitale SécuriPass doit être réactivée avant le 12/12/2024.

Sans action de votre part, vos paiements en ligne et virements seront bloqués.

[Réactiver ma clé digitale](https://ca-securipass.com/activation)

Votre conseiller reste à votre disposition.

Crédit Agricole""",
  ['ca-securipass.com'], [])

O('f_compromised_form', 'fraud', 'fr',
  ('Cabinet de kinésithérapie Dupuis', 'contact@kine-dupuis.fr'),
  'Certification périodique : dernier rappel avant suspension',
  '2025-02-20 09:44',
  """Bonjour,

Dernier rappel : votre dossier de certification périodique doit être finalisé avant le 28/02. Au-delà, votre droit d'exercice sera suspendu.

Formulaire à compléter (numéro RPPS, adresse e-mail, mot de passe de votre compte) :
[](https://docs.google.com/forms/d/e/1FAIpQLSeX8qkz3Vb7_rVd2kP0m/viewform)

Merci.""",
  ['google.com'], [])

O('f_incm', 'fraud', 'fr',
  ('INCM - Institut National de Certification des Médecins', 'secretariat@incm-certification.fr'),
  'Votre obligation de certification périodique 2023-2029',
  '2025-01-27 11:00',
  """Docteur,

Depuis le 1er janvier 2023, tout médecin inscrit au tableau doit justifier, tous les six ans, de la réalisation d'actions dans les quatre blocs de la certification périodique.

L'Institut National de Certification des Médecins (INCM) est chargé d'accompagner les praticiens dans la constitution de leur dossier et de transmettre l'attestation de conformité à l'instance ordinale.

Nous avons le plaisir de vous proposer notre Pack Certification (constitution du dossier, 4 actions validantes, transmission de l'attestation) au tarif de 390 € TTC, non remboursable par l'ANDPC.

Pour ouvrir votre dossier, il vous suffit de nous retourner le bon de commande joint, ou de régler directement en ligne :

[Ouvrir mon dossier de certification](https://www.incm-certification.fr/commande)

Notre équipe est à votre écoute au 01 84 60 33 71.

Veuillez agréer, Docteur, nos salutations respectueuses.

Service des inscriptions
INCM""",
  ['incm-certification.fr'], ['+33184603371'])

O('f_phone_only', 'fraud', 'fr',
  ('Pôle Certification des Professionnels', 'dossier@cp-medecins.fr'),
  'Dossier incomplet - rappel téléphonique à effectuer',
  '2025-03-04 08:30',
  """Madame, Monsieur le Docteur,

Votre dossier de certification périodique est à ce jour incomplet. Il manque la validation de votre identité professionnelle.

Merci de contacter votre conseiller référent, M. Dubreuil, au 01 88 33 07 64 avant le 15 mars 2025 muni de votre numéro RPPS.

Sans retour de votre part, nous serons dans l'obligation de transmettre votre dossier à la chambre disciplinaire.

Le pôle certification""",
  [], ['+33188330764'])

O('f_ameli_reset', 'fraud', 'fr',
  ('Ameli Pro', 'securite@amelipro-compte.fr'),
  'Demande de réinitialisation de votre mot de passe amelipro',
  '2025-02-08 05:51',
  """Bonjour,

Une demande de réinitialisation du mot de passe de votre compte amelipro a été effectuée le 08/02/2025 à 05h49 depuis un appareil inconnu (Android, Lagos).

Si vous êtes à l'origine de cette demande, ignorez ce message.
Sinon, annulez-la immédiatement :

[Annuler la demande et sécuriser mon compte](https://amelipro-compte.fr/annulation?d=08022025)

L'Assurance Maladie""",
  ['amelipro-compte.fr'], [])

O('f_president', 'fraud', 'fr',
  ('Dr Catherine Lemaire', 'dr.catherine.lemaire.cdom@gmail.com'),
  'Demande',
  '2025-01-10 10:12',
  """Bonjour,

Êtes-vous disponible ? J'ai besoin que vous me rendiez un petit service en toute discrétion, je suis en réunion et je ne peux pas téléphoner.

Répondez-moi dès que possible.

Dr Catherine Lemaire
Présidente du conseil départemental
Envoyé de mon iPhone""",
  [], [])

O('f_facture', 'fraud', 'fr',
  ('Comptabilité - MediFournitures', 'compta@medifournitures-factures.com'),
  'Facture impayée n° FA-2025-0312 - 2ème relance',
  '2025-03-11 14:09',
  """Bonjour,

Sauf erreur ou omission de notre part, la facture FA-2025-0312 d'un montant de 1 860,00 € TTC reste impayée à ce jour.

Vous pouvez consulter la facture et son détail via notre espace sécurisé :

[Consulter FA-2025-0312.pdf](https://medifournitures-factures.com/docs/FA-2025-0312)

Merci de procéder au règlement sous 48h.

Service comptabilité""",
  ['medifournitures-factures.com'], [])

O('f_sextortion', 'fraud', 'fr',
  ('', 'nouveau.client77@outlook.fr'),
  'Votre compte a été piraté !!!',
  '2024-12-14 03:37',
  """Bonjour,

je suis un pirate informatique et j ai accès à votre appareil depuis plusieurs mois. J ai enregistré des videos de vous pendant que vous visitiez des sites pour adultes.

Si vous ne voulez pas que j envoie ces videos à tous vos contacts et à vos patients, transférez 1450 € en Bitcoin à l adresse suivante :

bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh

Vous avez 48 heures. Ne répondez pas à ce mail, je vois quand vous l ouvrez.""",
  [], [], text_only=True)

O('f_mondpc_subdomain', 'fraud', 'fr',
  ('Mon DPC - Service Inscriptions', 'inscriptions@mondpc-notification.fr'),
  'Annulation de votre inscription à l\'action n° 92842425012',
  '2025-03-07 07:58',
  """Bonjour,

Votre inscription à l'action de DPC n° 92842425012 "Prise en charge de l'insuffisance cardiaque en ville" a été annulée suite à une erreur de saisie de vos coordonnées bancaires pour l'indemnisation.

Pour conserver votre place et votre indemnisation (315 €), reconnectez-vous et confirmez vos coordonnées avant le 10/03 :

[https://www.mondpc.fr/mondpc/connexion](https://www.mondpc.fr-connexion.com/mondpc/connexion)

Cordialement,
Mon DPC""",
  ['fr-connexion.com'], [])

O('f_mssante', 'fraud', 'fr',
  ('MSSanté - Administrateur', 'admin@mssante-webmail.com'),
  'Votre boîte aux lettres MSSanté sera désactivée',
  '2025-01-06 12:15',
  """Votre boîte aux lettres MSSanté a atteint 98 % de son quota et sera désactivée dans les 24 heures.

Pour éviter la perte de vos messages, connectez-vous et validez l'augmentation gratuite de votre espace :

[Valider maintenant](https://mssante-webmail.com/quota/valider)

Administration MSSanté""",
  ['mssante-webmail.com'], [])

O('f_secure_msg', 'fraud', 'fr',
  ('Messagerie sécurisée de santé', 'notification@apisecure-sante.com'),
  'Vous avez reçu un message sécurisé de CHU - Service de cardiologie',
  '2025-02-13 16:22',
  """Vous avez reçu un nouveau message sécurisé.

Expéditeur : CHU - Service de cardiologie
Objet : Compte rendu d'hospitalisation - patient commun
Pièce jointe : CRH_2025.pdf (248 Ko)

[Lire le message](https://apisecure-sante.com/read/5591f7)

Ce message est disponible pendant 7 jours. Connexion avec vos identifiants de messagerie habituels.""",
  ['apisecure-sante.com'], [])

O('f_plainte', 'fraud', 'fr',
  ('Ordre des Médecins - Chambre disciplinaire', 'greffe@chambre-disciplinaire-ordre.fr'),
  'Notification de plainte - Réf. CDPI/2025/0417',
  '2025-03-19 10:35',
  """Madame, Monsieur,

Nous vous informons qu'une plainte a été déposée à votre encontre par un patient le 12 mars 2025 auprès de la chambre disciplinaire de première instance.

Conformément à l'article R.4126-1 du code de la santé publique, vous disposez de 15 jours pour prendre connaissance du dossier et produire vos observations. À défaut, l'affaire sera jugée en votre absence et pourra donner lieu à une radiation.

Télécharger le dossier (ZIP, 2,1 Mo) : [Dossier_CDPI_2025_0417.zip](https://chambre-disciplinaire-ordre.fr/dl/CDPI_2025_0417.zip)

Le greffe de la chambre disciplinaire""",
  ['chambre-disciplinaire-ordre.fr'], [])

O('f_andpc_rib', 'fraud', 'fr',
  ('ANDPC Indemnisation', 'indemnisation@andpc-gouv.fr'),
  'Versement de votre indemnisation DPC - RIB manquant',
  '2025-02-22 08:20',
  """Bonjour Docteur,

Votre indemnisation pour perte de ressources au titre de l'action suivie le 18/01/2025 (345,00 €) n'a pas pu être versée : aucun RIB valide n'est associé à votre compte.

Merci de nous transmettre vos coordonnées bancaires complètes en réponse à ce message ou via le formulaire sécurisé :

[Formulaire de mise à jour du RIB](https://andpc-gouv.fr/rib)

Service indemnisation
Agence nationale du DPC""",
  ['andpc-gouv.fr'], [])

O('f_annuaire', 'fraud', 'fr',
  ('Registre National des Professionnels de Santé', 'mise-a-jour@registre-national-sante.com'),
  'Mise à jour de votre fiche - Registre National 2025',
  '2024-11-18 09:40',
  """Docteur,

Votre fiche professionnelle au Registre National des Professionnels de Santé doit être vérifiée pour l'année 2025. Sans retour de votre part sous 10 jours, votre fiche sera supprimée.

Merci de corriger si besoin les informations ci-dessous, de signer le formulaire et de nous le retourner.

[Vérifier et signer ma fiche](https://registre-national-sante.com/fiche/verifier)

En signant le formulaire, vous acceptez les conditions générales de l'insertion (abonnement annuel de 890 € HT sur 3 ans, voir conditions au verso).

Service des mises à jour""",
  ['registre-national-sante.com'], [])

O('f_rib_comptable', 'fraud', 'fr',
  ('Sophie Marchand - Cabinet Audit Conseil Santé', 's.marchand@audit-conseil-sante.fr'),
  'Re: SCM - virement des charges trimestrielles',
  '2025-03-06 17:12',
  """Bonjour Docteur,

Je reviens vers vous concernant l'appel de charges du 1er trimestre de la SCM.

Notre cabinet a changé de banque le mois dernier, merci de ne plus utiliser l'ancien RIB. Vous trouverez ci-dessous nos nouvelles coordonnées :

IBAN : FR76 3000 4028 3700 0109 8814 271
BIC : BNPAFRPPXXX

Pourriez-vous effectuer le virement de 4 250 € dès aujourd'hui ? La clôture est demain et je suis en déplacement, il est préférable de me répondre par mail uniquement.

Bien cordialement,
Sophie Marchand
Expert-comptable""",
  [], [], reply_to='s.marchand.audit@outlook.fr')

# ---------------- English generic fraud
O('f_en_signin', 'fraud', 'en',
  ('Microsoft account team', 'no-reply@ms-account-security-alert.com'),
  'Unusual sign-in activity',
  '2024-12-19 02:11',
  """Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account.

Sign-in details
Country/region: Russia/Moscow
IP address: 95.24.18.201
Date: 12/19/2024 1:47 AM (GMT)
Platform: Windows 10
Browser: Firefox

Please go to your recent activity page to let us know whether or not this was you.

[Review recent activity](https://ms-account-security-alert.com/recover?lang=en)

Thanks,
The Microsoft account team""",
  ['ms-account-security-alert.com'], [])

O('f_en_inheritance', 'fraud', 'en',
  ('Barr. James Okafor', 'jamesokaforchambers@gmail.com'),
  'URGENT ATTENTION: Unclaimed Estate of Late Dr. Henri',
  '2025-01-04 11:43',
  """Dear Doctor,

I am Barrister James Okafor, personal attorney to the late Dr. Paul Henri, a French national who worked as a medical consultant here in Lome, Togo. My client died alongside his wife in a car accident in 2021, leaving behind a deposit of US$8.5 Million (Eight Million Five Hundred Thousand United States Dollars) with a bank here.

Since your surname is similar to my late client and you are also a medical doctor, I wish to present you as the next of kin so that the funds can be released to you. We will share the money 50/50.

Please send me your full names, private telephone number and a copy of your ID to proceed. This transaction is 100% risk free.

Yours faithfully,
Barr. James Okafor (Esq)
Tel: +228 90 41 77 36""",
  [], ['+22890417736'], text_only=True)

O('f_en_dhl', 'fraud', 'en',
  ('DHL Express', 'noreply@dhl-parcel-customs.com'),
  'DHL: Your shipment is on hold - customs fee unpaid',
  '2025-02-10 06:30',
  """DHL Express

Your parcel is waiting for delivery.

Tracking number: 4421 8890 312
Status: On hold - Customs duty unpaid (2.99 EUR)

To receive your shipment please pay the outstanding fees within 48 hours. After this period the package will be returned to sender.

[Pay and schedule delivery](https://dhl-parcel-customs.com/track/4421889031)

DHL International GmbH""",
  ['dhl-parcel-customs.com'], [])

O('f_en_netflix', 'fraud', 'en',
  ('Netflix', 'info@account-netflix-billing.com'),
  'Your membership is on hold',
  '2024-12-27 19:05',
  """Hi,

We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.

[UPDATE ACCOUNT NOW](https://account-netflix-billing.com/update)

Need help? We're here if you need it. Visit the Help Center or contact us now.

The Netflix Team""",
  ['account-netflix-billing.com'], [])

O('f_en_apple', 'fraud', 'en',
  ('Apple Support', 'support@appleid-verify-account.com'),
  'Your Apple ID has been locked for security reasons',
  '2025-01-17 23:50',
  """Dear Customer,

Your Apple ID has been locked because we noticed some unusual activity. To unlock your account you must verify your identity within 24 hours, otherwise it will be permanently disabled.

[Verify Now](https://appleid-verify-account.com/unlock)

Apple Support""",
  ['appleid-verify-account.com'], [])

O('f_en_paypal_phone', 'fraud', 'en',
  ('PayPal', 'service@invoice-paypal-billing.com'),
  'Invoice #INV-772910 - Payment of $699.99 processed',
  '2025-02-24 15:16',
  """Hello,

Your payment of $699.99 USD to Norton Secure Renewal has been processed.

Invoice number: INV-772910
Date: Feb 24, 2025

If you did not authorize this transaction, please call our billing department immediately at +1 (808) 555-0147 to cancel and get a full refund within 24 hours.

Thank you for using PayPal.""",
  [], ['+18085550147'])

O('f_en_wetransfer', 'fraud', 'en',
  ('WeTransfer', 'noreply@we-transfer-files.net'),
  'cabinet.medical.nantes@orange.fr sent you files via WeTransfer',
  '2025-03-13 12:44',
  """cabinet.medical.nantes@orange.fr
sent you some files

3 files, 4.8 MB in total - Will be deleted on 20 March, 2025

Resultats_patients_mars.pdf
Planning_gardes_Q2.xlsx
Convention_SISA.docx

[Get your files](https://we-transfer-files.net/downloads/8b21ff)

To make sure our emails arrive, please add noreply@we-transfer-files.net to your contacts.""",
  ['we-transfer-files.net'], [])

O('f_en_zoom', 'fraud', 'en',
  ('Zoom', 'no-reply@zoom-meetings-recording.com'),
  'Missed meeting: Cardiology network - recording available',
  '2025-02-05 18:02',
  """Hello,

You missed a scheduled meeting: "Cardiology network - monthly case review".

The cloud recording is now available. You will need to sign in with your email account to view it.

[View recording](https://zoom-meetings-recording.com/rec/share/Cardio-Feb)

Thank you for choosing Zoom.""",
  ['zoom-meetings-recording.com'], [])

O('f_en_gdocs', 'fraud', 'en',
  ('Dr. Marc Tessier (via Google Docs)', 'drive-shares-dm-noreply@google.com'),
  'Document shared with you: "Medical Council Notice 2025"',
  '2025-01-31 10:26',
  """Dr. Marc Tessier shared a document

Dr. Marc Tessier (marc.tessier.cabinet@gmail.com) has invited you to view the following document:

Medical Council Notice 2025

Please review the attached notice regarding your registration and confirm your details using the secure link inside the document.

[Open](https://docs.google.com/presentation/d/1xQ8bLr0fPz2KMuN7aT6e/edit?usp=sharing)

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because marc.tessier.cabinet@gmail.com shared a document with you from Google Slides.""",
  ['google.com'], [])

O('f_en_quota', 'fraud', 'en',
  ('Webmail Administrator', 'support@mailbox-quota-upgrade.com'),
  'Mailbox storage full - messages on hold',
  '2024-12-05 08:08',
  """Dear User,

Your mailbox storage is 99% full. 14 incoming messages are currently on hold and will be deleted.

To release your messages and increase your storage, please verify your account below.

[Release messages](https://mailbox-quota-upgrade.com/verify?u=webmail)

Webmail Administrator
(c) 2024 Mail Services. All rights reserved.""",
  ['mailbox-quota-upgrade.com'], [])

# =====================================================================================
# SPAM - single originals
# =====================================================================================
O('s_capdpc_elearning', 'spam', 'fr',
  ('Cap DPC Formation', 'newsletter@capdpc-formation.fr'),
  'Nouveau programme e-learning : antibiothérapie en ville (DPC)',
  '2025-01-20 07:30',
  """Bonjour Docteur,

Notre nouveau programme e-learning "Bon usage des antibiotiques en ville" est en ligne.

- 100 % à distance, à votre rythme (8 modules, 9 heures)
- Action enregistrée auprès de l'ANDPC (référence 11712425007), prise en charge sur votre forfait 2025
- Indemnisation selon les règles de l'ANDPC

Inscription depuis votre compte mondpc.fr ou sur notre site :
[Découvrir le programme](https://www.capdpc-formation.fr/programmes/antibiotherapie?utm_source=newsletter&utm_medium=email)

Cap DPC Formation - 8 rue Lafayette, 69002 Lyon - 04 78 92 15 40
[Se désabonner](https://www.capdpc-formation.fr/desinscription)""",
  ['capdpc-formation.fr', 'mondpc.fr'], ['+33478921540'])

O('s_pushy_forfait', 'spam', 'fr',
  ('Médiformation Conseil', 'contact@mediformation-conseil.com'),
  'URGENT : votre forfait DPC 2025 n\'est pas encore utilisé !',
  '2025-03-17 08:05',
  """Docteur,

Le saviez-vous ? Une grande partie des médecins n'utilisent pas leur forfait DPC chaque année. Ne laissez pas passer le vôtre !

Dernières places disponibles sur nos classes virtuelles de mars et avril :
- Insuffisance rénale chronique : 25 mars
- Vaccination de l'adulte : 3 avril
- Santé mentale des adolescents : 10 avril

Chaque session est enregistrée auprès de l'ANDPC. Vous pouvez vérifier nos actions vous-même sur [www.mondpc.fr](https://www.mondpc.fr) (organisme n° 9385).

Réservez votre place en 2 minutes : [Je m'inscris](https://www.mediformation-conseil.com/inscription)

Besoin d'aide pour votre inscription ? Appelez Julie au 05 56 11 40 82 (nous ne vous demanderons jamais vos identifiants).

Médiformation Conseil - Bordeaux
Pour ne plus recevoir nos offres : [désinscription](https://www.mediformation-conseil.com/stop)""",
  ['mondpc.fr', 'mediformation-conseil.com'], ['+33556114082'])

O('s_logiciel_agenda', 'spam', 'fr',
  ('Clinirdv', 'bonjour@clinirdv.fr'),
  'Docteur, et si votre agenda se remplissait tout seul ?',
  '2025-02-03 11:11',
  """Bonjour,

Clinirdv est l'agenda en ligne pensé par des médecins, pour les médecins : prise de rendez-vous 24h/24, rappels SMS, téléconsultation intégrée.

Offre de lancement : 3 mois offerts, sans engagement, puis 89 € HT/mois.

[Demander une démonstration](https://www.clinirdv.fr/demo?utm_campaign=fev25)

À bientôt,
Thomas, de l'équipe Clinirdv

Clinirdv SAS - RCS Nantes 912 443 118 - [Se désinscrire](https://www.clinirdv.fr/unsubscribe)""",
  ['clinirdv.fr'], [])

O('s_ecg_promo', 'spam', 'fr',
  ('Cardiomédic Distribution', 'promo@cardiomedic.fr'),
  'Offre spéciale : ECG 12 pistes portable -20 % jusqu\'au 31 janvier',
  '2025-01-14 10:00',
  """ECG 12 PISTES CONNECTÉ - PRIX EXCEPTIONNEL

Interprétation automatique, transfert sécurisé vers votre logiciel métier, batterie 8 h.
Prix public 2 490 € HT, remisé à 1 990 € HT jusqu'au 31 janvier.

Livraison et formation offertes.

[Voir l'offre](https://www.cardiomedic.fr/ecg-12-pistes?promo=JANV25)
Conseiller commercial : 03 88 24 51 77

Cardiomédic Distribution, Strasbourg. Conformément au RGPD, vous pouvez vous [désabonner](https://www.cardiomedic.fr/rgpd/desabonnement).""",
  ['cardiomedic.fr'], ['+33388245177'])

O('s_journees_mg', 'spam', 'fr',
  ('Rencontres de Médecine Générale de l\'Ouest', 'inscriptions@rmgo-congres.fr'),
  'Rencontres de Médecine Générale de l\'Ouest 2025 : les inscriptions sont ouvertes',
  '2024-11-21 09:00',
  """Chères consœurs, chers confrères,

Les 12e Rencontres de Médecine Générale de l'Ouest auront lieu les 5 et 6 juin 2025 à la Cité des Congrès de Nantes.

Au programme : 24 ateliers, 6 plénières, un village des innovations et la soirée confraternelle du jeudi.

Tarif préférentiel jusqu'au 31 janvier : 190 € (internes : 60 €).

[Programme et inscription](https://www.rmgo-congres.fr/2025/inscription)

Le comité d'organisation

Vous recevez ce message car vous êtes inscrit à notre liste d'information. [Se désinscrire](https://www.rmgo-congres.fr/desinscription)""",
  ['rmgo-congres.fr'], [])

O('s_assurance_rcp', 'spam', 'fr',
  ('Praxis Assurances Santé', 'conseil@praxis-assurances.fr'),
  'RCP : les médecins libéraux paient souvent trop cher',
  '2025-02-18 13:45',
  """Docteur,

Responsabilité civile professionnelle, prévoyance, multirisque du cabinet : en tant que courtier spécialisé, nous comparons pour vous les offres d'une quinzaine d'assureurs.

En moyenne, nos clients médecins généralistes économisent 22 % sur leur RCP.

Demandez votre étude gratuite en 3 minutes : [Comparer mes contrats](https://www.praxis-assurances.fr/etude-gratuite)
ou appelez-nous au 02 99 31 64 20.

Praxis Assurances Santé - courtier ORIAS n° 19004567
[Ne plus recevoir nos e-mails](https://www.praxis-assurances.fr/optout)""",
  ['praxis-assurances.fr'], ['+33299316420'])

O('s_lmnp', 'spam', 'fr',
  ('Patrimoine & Professions de Santé', 'contact@pps-patrimoine.fr'),
  'Médecins : réduisez vos impôts avec le LMNP en résidence seniors',
  '2025-01-29 18:30',
  """Docteur,

Vous êtes fortement imposé ? Le statut de Loueur Meublé Non Professionnel permet de percevoir des revenus peu ou pas fiscalisés pendant de nombreuses années.

Nous sélectionnons pour les professions de santé des résidences seniors neuves à Nantes, Angers et La Rochelle, avec bail commercial et loyers garantis.

Réservez un rendez-vous de 30 minutes avec un conseiller : [Prendre rendez-vous](https://www.pps-patrimoine.fr/rdv-medecins)

Investir comporte des risques de perte en capital. PPS Patrimoine, conseiller en investissements financiers, membre de l'ANACOFI-CIF.
[Se désinscrire](https://www.pps-patrimoine.fr/desinscription)""",
  ['pps-patrimoine.fr'], [])

O('s_webinaire_labo', 'spam', 'fr',
  ('Laboratoires Véralis - Information médicale', 'info-medicale@veralis-pharma.fr'),
  'Webinaire 6 février : diabète de type 2, ce qui change en 2025',
  '2025-01-24 12:02',
  """Docteur,

Nous avons le plaisir de vous inviter à notre webinaire "Diabète de type 2 : ce qui change en 2025", le jeudi 6 février de 20h30 à 21h30, animé par le Pr Antoine Garnier (endocrinologue) et le Dr Claire Moulin (médecin généraliste).

[Je m'inscris au webinaire](https://events.veralis-pharma.fr/webinaire-dt2-2025)

Ce webinaire n'est pas une action de DPC. Les laboratoires Véralis respectent la charte de l'information promotionnelle.

Vous disposez d'un droit d'opposition : [ne plus recevoir d'invitations](https://events.veralis-pharma.fr/opposition)""",
  ['veralis-pharma.fr'], [])

O('s_remplacements', 'spam', 'fr',
  ('MedInterim Ouest', 'recrutement@medinterim-ouest.fr'),
  'Remplacements été 2025 : missions disponibles en Bretagne sud',
  '2025-03-03 09:50',
  """Bonjour Docteur,

Nous recherchons des médecins généralistes pour des remplacements et des missions en centres de santé cet été :

- Quiberon, cabinet de groupe, 7 juillet au 3 août, rétrocession 80 %
- Concarneau, centre de santé, 2 semaines en août, 1 100 € / jour brut
- Vannes, SOS médecins, week-ends de juin à septembre

Logement fourni pour les missions de plus de 2 semaines.

[Voir toutes les missions](https://www.medinterim-ouest.fr/missions?region=bretagne)
Contact : Claire au 02 97 46 18 33

MedInterim Ouest - cabinet de recrutement médical""",
  ['medinterim-ouest.fr'], ['+33297461833'])

O('s_presse', 'spam', 'fr',
  ('Médecine Pratique Hebdo', 'abonnements@medecine-pratique-hebdo.fr'),
  'Dernière chance : 6 mois d\'abonnement pour 1 €',
  '2025-02-26 06:45',
  """Docteur,

Offre réservée aux médecins : recevez Médecine Pratique Hebdo pendant 6 mois pour 1 € seulement, puis 9,90 €/mois sans engagement.

Chaque semaine : l'actualité conventionnelle, les nouvelles recommandations, des cas cliniques commentés et notre dossier FMC.

[J'en profite](https://abonnement.medecine-pratique-hebdo.fr/offre-1euro)

Offre valable jusqu'au 28/02/2025.
[Se désinscrire](https://abonnement.medecine-pratique-hebdo.fr/unsubscribe)""",
  ['medecine-pratique-hebdo.fr'], [])

O('s_ordonnances', 'spam', 'fr',
  ('Imprimerie Médicale du Centre', 'commandes@imprimerie-medicale-centre.fr'),
  'Ordonnances sécurisées, feuilles de soins, tampons : -15 % ce mois-ci',
  '2025-01-07 10:20',
  """Bonjour,

Pour bien démarrer l'année, profitez de -15 % sur toute notre gamme de papeterie médicale : ordonnances sécurisées, ordonnances bizones, cartes de rendez-vous, tampons encreurs.

Code promo : JANVIER15

[Commander en ligne](https://www.imprimerie-medicale-centre.fr/boutique)
Commande par téléphone : 02 47 05 38 12

Imprimerie Médicale du Centre - Tours
[Désinscription](https://www.imprimerie-medicale-centre.fr/desinscription)""",
  ['imprimerie-medicale-centre.fr'], ['+33247053812'])

O('s_teleconsult', 'spam', 'fr',
  ('Léa - MediVisio', 'lea.bertin@medivisio.fr'),
  'Partenariat téléconsultation - quelques créneaux par semaine ?',
  '2025-02-14 15:33',
  """Bonjour Docteur,

Je me permets de vous contacter car MediVisio recrute des médecins généralistes inscrits à l'Ordre pour assurer des créneaux de téléconsultation depuis leur cabinet ou leur domicile.

Vous choisissez vos horaires, nous gérons la plateforme et la facturation (rémunération à l'acte, conventionnement secteur 1).

Seriez-vous disponible pour un échange de 15 minutes la semaine prochaine ?

Bien à vous,
Léa Bertin
Chargée de recrutement médical - MediVisio
[www.medivisio.fr](https://www.medivisio.fr)""",
  ['medivisio.fr'], [])

O('s_etude_remuneree', 'spam', 'fr',
  ('Panel Santé Études', 'etudes@panelsante-etudes.fr'),
  'Étude rémunérée (80 €) : prise en charge de la migraine',
  '2025-03-10 12:12',
  """Docteur,

Panel Santé Études réalise pour le compte d'un laboratoire pharmaceutique une enquête auprès de médecins généralistes sur la prise en charge de la migraine.

Le questionnaire en ligne dure environ 25 minutes. Votre participation sera indemnisée 80 € (virement ou don à une association).

[Participer à l'étude](https://survey.panelsante-etudes.fr/s/MIG25?src=mail)

Vos réponses sont anonymes et traitées conformément au RGPD.
[Ne plus être sollicité](https://survey.panelsante-etudes.fr/optout)""",
  ['panelsante-etudes.fr'], [])

O('s_burnout', 'spam', 'fr',
  ('Respir\'Soignants', 'contact@respir-soignants.fr'),
  'Soignant, prenez soin de vous : séjour ressourcement en Vendée',
  '2025-02-21 19:40',
  """Bonjour,

Fatigue, surcharge, perte de sens ? Nos séjours de 4 jours "Respirer" sont conçus pour les soignants : sophrologie, marche en bord de mer, ateliers de prévention de l'épuisement professionnel, animés par un médecin et une psychologue.

Prochaines dates : 24-27 avril et 15-18 mai, Saint-Jean-de-Monts. 690 € en pension complète.

[Découvrir le séjour](https://www.respir-soignants.fr/sejours)

À bientôt,
L'équipe Respir'Soignants
[Se désabonner](https://www.respir-soignants.fr/desabonnement)""",
  ['respir-soignants.fr'], [])

O('s_comptable', 'spam', 'fr',
  ('Compta Libéral', 'contact@compta-liberal.fr'),
  '2035 : confiez votre déclaration à un expert-comptable spécialisé',
  '2025-03-20 07:00',
  """Docteur,

La déclaration 2035 approche. Chez Compta Libéral, nous accompagnons plus de 1 500 professionnels de santé en ligne : tenue comptable, 2035, déclaration de revenus, à partir de 79 € HT par mois.

[Obtenir un devis](https://www.compta-liberal.fr/devis-medecin)

Compta Libéral - cabinet d'expertise comptable inscrit à l'Ordre des experts-comptables
[Désinscription](https://www.compta-liberal.fr/desinscription)""",
  ['compta-liberal.fr'], [])

O('s_siteweb', 'spam', 'fr',
  ('Kevin de WebCabinet', 'kevin@webcabinet-pro.fr'),
  'Un site internet pour votre cabinet ?',
  '2025-01-16 16:16',
  """Bonjour Docteur,

J'ai remarqué que votre cabinet n'avait pas encore de site internet. Vos patients vous cherchent pourtant sur Google !

Nous créons des sites conformes aux règles déontologiques (pas de publicité, informations pratiques uniquement) : horaires, accès, lien vers votre agenda en ligne. 490 € une fois, hébergement inclus la première année.

Je peux vous montrer quelques réalisations si vous le souhaitez, 10 minutes par téléphone suffisent : 06 71 28 93 40.

Kevin
WebCabinet Pro""",
  [], ['+33671289340'])

O('s_solaire', 'spam', 'fr',
  ('Solaria Énergie', 'offres@solaria-energie.fr'),
  'Panneaux solaires : produisez votre électricité dès ce printemps',
  '2025-03-08 10:30',
  """Bonjour,

Avec la hausse du prix de l'électricité, l'autoconsommation n'a jamais été aussi intéressante.

Étude gratuite, installation par un artisan certifié RGE, prime à l'autoconsommation déduite du devis.

[Faire mon étude gratuite](https://www.solaria-energie.fr/etude?src=mailing)

Solaria Énergie - [Se désinscrire](https://www.solaria-energie.fr/desinscription)""",
  ['solaria-energie.fr'], [])

O('s_cp_prep', 'spam', 'fr',
  ('Institut Hippocrate Formation', 'contact@hippocrate-formation.fr'),
  'Certification périodique : comment choisir vos actions dans les 4 blocs ?',
  '2025-02-07 08:15',
  """Docteur,

Depuis 2023, la certification périodique vous demande de réaliser des actions dans quatre blocs sur six ans : actualiser vos connaissances, améliorer vos pratiques, mieux vous relier à vos patients, prendre soin de votre santé.

Nos formations (présentiel et e-learning) couvrent les blocs 1 et 2 et sont pour la plupart enregistrées auprès de l'ANDPC. Pour rappel, c'est l'Ordre des médecins qui reste seul compétent pour valider votre parcours : nous vous remettons simplement une attestation de participation.

Découvrez notre guide gratuit et nos prochaines sessions :
[Télécharger le guide](https://www.hippocrate-formation.fr/guide-certification-periodique)

Institut Hippocrate Formation - organisme de DPC, certifié Qualiopi
[Se désinscrire](https://www.hippocrate-formation.fr/desinscription)""",
  ['hippocrate-formation.fr'], [])

O('s_sms_fauteuil', 'spam', 'fr', ('MEDEQUIP', ''), 'SMS', '2025-01-22 11:00',
  """MEDEQUIP: -20% sur les divans et fauteuils d'examen jusqu'au 31/01 ! Catalogue : medequip.fr/promo STOP 36105""",
  ['medequip.fr'], [], kind='sms')

# ---------------- English spam
O('s_en_journal', 'spam', 'en',
  ('Journal of Clinical Case Reports and Reviews', 'editor.jccrr@jccrr-journal.org'),
  'Call for Papers - Volume 7 Issue 2 - 40% APC discount',
  '2025-01-11 04:17',
  """Dear Dr.,

Greetings from the Journal of Clinical Case Reports and Reviews (JCCRR)!

We have gone through your recent publication and we are impressed by your work. We cordially invite you to submit your manuscript (research article, review, case report, short communication) for our upcoming issue.

Article Processing Charge: 40% discount for submissions before February 15.
Average time to first decision: 14 days.

[Submit online](https://www.jccrr-journal.org/submit)

Awaiting your positive response.

Regards,
Sarah Williams
Editorial Office, JCCRR""",
  ['jccrr-journal.org'], [])

O('s_en_ultrasound', 'spam', 'en',
  ('SonoPocket', 'hello@sonopocket.com'),
  'See what handheld ultrasound can do in primary care - free webinar',
  '2025-02-12 15:00',
  """Hi there,

Point-of-care ultrasound is changing how GPs examine their patients. Join our free 45-minute webinar with Dr. Anna Lindqvist, GP and POCUS trainer, on February 26 at 6 PM CET.

You'll see live scans (lung, abdomen, DVT) and learn how practices across Europe use SonoPocket.

[Save my seat](https://www.sonopocket.com/webinars/primary-care?utm_source=email)

The SonoPocket team
SonoPocket AB, Stockholm, Sweden
[Unsubscribe](https://www.sonopocket.com/email/unsubscribe)""",
  ['sonopocket.com'], [])

O('s_en_dermato', 'spam', 'en',
  ('International Conference on Dermatology and Skin Care', 'dermatology@scimeetings-events.com'),
  'Dermatology Conference 2025 | Paris | Speaker Slots Open',
  '2025-03-01 02:40',
  """Dear Colleague,

We are delighted to announce the "International Conference on Dermatology and Skin Care" scheduled on October 13-14, 2025 in Paris, France.

We would like to invite you to join us as a speaker/poster presenter. Limited slots are available.

Registration packages start at 599 EUR (academic).

[Register here](https://www.scimeetings-events.com/dermatology-2025/registration)

Looking forward to your response.

Best Regards,
Oliver Brown | Program Coordinator

To opt out, please reply "Remove".""",
  ['scimeetings-events.com'], [])

O('s_en_scribe', 'spam', 'en',
  ('Nora from ScribeMD', 'nora@scribemd.ai'),
  'Spend less time on notes, more time with patients',
  '2025-01-30 14:25',
  """Hi Doctor,

ScribeMD listens to your consultation (with patient consent), then writes a structured clinical note straight into your EHR. GDPR-compliant, data hosted in the EU.

Doctors using ScribeMD save on average 1.5 hours a day.

Try it free for 30 days, no credit card required:
[Start free trial](https://app.scribemd.ai/signup?ref=eu-gp)

Cheers,
Nora
Growth team, ScribeMD
[Unsubscribe](https://scribemd.ai/unsubscribe)""",
  ['scribemd.ai'], [])

O('s_en_leads', 'spam', 'en',
  ('Mark Daniels', 'mark.daniels@healthcare-datalists.com'),
  'French physicians email list - 62,000 verified contacts',
  '2025-02-19 17:05',
  """Hi,

Would you be interested in acquiring an email list of French physicians for your marketing campaigns?

We have 62,000 verified contacts (GPs, specialists, clinic directors) with name, specialty, email and phone, 95% deliverability guaranteed.

Let me know your target and I'll send you counts and pricing.

Regards,
Mark Daniels
Healthcare Data Lists

If you don't want to hear from me again, reply "No thanks".""",
  [], [], text_only=True)

O('s_en_panel', 'spam', 'en',
  ('MedInsight Panel', 'surveys@medinsight-panel.com'),
  'Paid survey for General Practitioners - EUR 60 honorarium',
  '2025-03-15 09:00',
  """Dear Doctor,

MedInsight Panel is conducting a 20-minute online survey among General Practitioners in France about the management of hypertension.

Qualified respondents will receive an honorarium of EUR 60.

[Take the survey](https://www.medinsight-panel.com/s/HTN-FR-25)

Your answers will be kept confidential and used for market research purposes only. MedInsight Panel adheres to the EphMRA Code of Conduct.

[Unsubscribe](https://www.medinsight-panel.com/unsubscribe)""",
  ['medinsight-panel.com'], [])

O('s_en_cme', 'spam', 'en',
  ('CME Online Academy', 'news@cmeonline-academy.com'),
  'New this month: 12 accredited courses in primary care',
  '2025-02-01 08:00',
  """CME ONLINE ACADEMY - FEBRUARY NEWSLETTER

New courses this month:
- Atrial fibrillation: anticoagulation update (1.5 credits)
- Managing obesity with GLP-1 agonists (2 credits)
- Dermoscopy for beginners (3 credits)

Get unlimited access with our annual pass: USD 249 (20% off until Feb 15).

[Browse courses](https://www.cmeonline-academy.com/courses?month=feb)

CME Online Academy, Dublin, Ireland
[Manage preferences](https://www.cmeonline-academy.com/preferences) | [Unsubscribe](https://www.cmeonline-academy.com/unsubscribe)""",
  ['cmeonline-academy.com'], [])

# =====================================================================================
# LEGITIMATE - single originals
# =====================================================================================
O('l_mondpc_reset', 'legitimate', 'fr',
  ('Mon DPC', 'ne-pas-repondre@mondpc.fr'),
  'Mon DPC - Réinitialisation de votre mot de passe',
  '2025-02-10 21:32',
  """Bonjour,

Vous avez demandé la réinitialisation de votre mot de passe sur le site www.mondpc.fr.

Pour définir un nouveau mot de passe, cliquez sur le lien suivant (valable 24 heures) :
[](https://www.mondpc.fr/mondpc/reinitialisation?jeton=a81f0d2e7c)

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valide.

L'équipe Mon DPC""",
  ['mondpc.fr'], [])

O('l_ameli_riap', 'legitimate', 'fr',
  ('Assurance Maladie', 'ne-pas-repondre@assurance-maladie.fr'),
  'Votre relevé individuel d\'activité et de prescriptions est disponible',
  '2025-02-05 06:50',
  """Docteur,

Votre relevé individuel d'activité et de prescriptions (RIAP) du 4e trimestre 2024 est disponible dans votre espace amelipro, rubrique "Activités".

Pour le consulter, connectez-vous à [amelipro](https://espacepro.ameli.fr) avec votre carte CPS ou votre e-CPS.

Votre caisse d'assurance maladie

Ceci est un message automatique, merci de ne pas y répondre.""",
  ['ameli.fr'], [])

O('l_urssaf_echeance', 'legitimate', 'fr',
  ('Urssaf', 'noreply@urssaf.fr'),
  'Votre échéancier de cotisations 2025 est disponible',
  '2025-01-09 07:12',
  """Bonjour,

Votre échéancier 2025 de cotisations et contributions sociales personnelles est disponible dans votre espace en ligne.

Prochaine échéance : 5 février 2025.

Pour le consulter, connectez-vous à votre espace sur [urssaf.fr](https://www.urssaf.fr/accueil/espace-personnel.html).

Nous vous rappelons que l'Urssaf ne vous demandera jamais vos coordonnées bancaires ou vos identifiants par courriel.

Votre Urssaf""",
  ['urssaf.fr'], [])

O('l_cdom_cotisation', 'legitimate', 'fr',
  ('Conseil départemental de l\'Ordre des médecins de Loire-Atlantique', 'secretariat@cdom44.ordre.medecin.fr'),
  'Appel de cotisation ordinale 2025',
  '2025-01-06 10:00',
  """Chère consœur, cher confrère,

Le Conseil national a fixé le montant de la cotisation ordinale 2025. Vous trouverez le détail de votre appel de cotisation dans votre espace personnel sur le site de l'Ordre.

Le règlement peut être effectué en ligne par carte bancaire ou par prélèvement depuis cet espace, avant le 31 mars 2025 :
[Mon espace ordinal](https://www.ordre.medecin.fr/espace-medecin)

Le secrétariat reste à votre disposition pour toute question au 02 40 20 11 45.

Le Trésorier
Conseil départemental de l'Ordre des médecins de Loire-Atlantique""",
  ['ordre.medecin.fr'], ['+33240201145'])

O('l_cdom_conciliation', 'legitimate', 'fr',
  ('Conseil de l\'Ordre des médecins 44', 'conciliation@cdom44.ordre.medecin.fr'),
  'Convocation - réunion de conciliation du 27 mars 2025',
  '2025-03-07 14:20',
  """Docteur,

Suite à la plainte reçue au conseil départemental le 18 février 2025 et dont copie vous a été adressée par courrier recommandé, nous vous informons qu'une réunion de conciliation est organisée le jeudi 27 mars 2025 à 14h30 au siège du conseil départemental.

La conciliation est une étape obligatoire préalable à toute transmission éventuelle à la chambre disciplinaire de première instance. Vous pouvez vous faire assister par un confrère ou un avocat.

Merci de confirmer votre présence par retour de mail ou au 02 40 20 11 45.

Veuillez croire, Docteur, en l'assurance de nos sentiments confraternels.

Le secrétariat de la commission de conciliation""",
  [], ['+33240201145'])

O('l_psc_newlogin', 'legitimate', 'fr',
  ('Pro Santé Connect', 'ne-pas-repondre@esante.gouv.fr'),
  'Nouvelle connexion à votre compte Pro Santé Connect',
  '2025-01-24 08:03',
  """Bonjour,

Une connexion à Pro Santé Connect avec votre e-CPS a été effectuée le 24/01/2025 à 08h02 depuis un nouvel appareil.

Si vous êtes à l'origine de cette connexion, vous n'avez rien à faire.

Dans le cas contraire, nous vous recommandons de révoquer vos appareils associés depuis l'application e-CPS et de consulter la page d'aide : [esante.gouv.fr](https://esante.gouv.fr/produits-services/pro-sante-connect)

Agence du Numérique en Santé""",
  ['esante.gouv.fr'], [])

O('l_doctolib_reset', 'legitimate', 'fr',
  ('Doctolib', 'no-reply@doctolib.fr'),
  'Réinitialisation de votre mot de passe Doctolib',
  '2025-02-28 09:41',
  """Bonjour,

Une demande de réinitialisation de mot de passe a été effectuée pour votre compte Doctolib Pro.

[Réinitialiser mon mot de passe](https://pro.doctolib.fr/password/edit?reset_password_token=z8Kq3mP1)

Ce lien est valable 6 heures. Si vous n'avez pas fait cette demande, vous pouvez ignorer cet e-mail.

L'équipe Doctolib""",
  ['doctolib.fr'], [])

O('l_has_news', 'legitimate', 'fr',
  ('HAS - Haute Autorité de Santé', 'newsletter@has-sante.fr'),
  'HAS Actualités - février 2025',
  '2025-02-14 11:00',
  """HAS ACTUALITÉS - FÉVRIER 2025

Recommandations
- Prise en charge de la bronchiolite chez le nourrisson : mise à jour
- Dépistage du diabète de type 2 : fiche mémo

Certification périodique
- La HAS publie les référentiels des conseils nationaux professionnels pour l'élaboration des parcours

[Lire la lettre en ligne](https://www.has-sante.fr/jcms/actualites)

Vous recevez cette lettre car vous êtes abonné aux actualités de la HAS. [Gérer mon abonnement](https://www.has-sante.fr/jcms/abonnements)""",
  ['has-sante.fr'], [])

O('l_ars_rougeole', 'legitimate', 'fr',
  ('ARS Pays de la Loire - Veille sanitaire', 'ars-pdl-alerte@ars.sante.fr'),
  'URGENT - Alerte sanitaire : cas groupés de rougeole en Loire-Atlantique',
  '2025-03-21 17:45',
  """Mesdames et Messieurs les médecins,

L'ARS Pays de la Loire vous informe de la survenue de cas groupés de rougeole dans l'agglomération nantaise (8 cas confirmés depuis le 3 mars).

Conduite à tenir :
- tout cas suspect doit être signalé sans délai à la plateforme régionale de veille (02 49 10 43 01) ;
- vérifier et mettre à jour le statut vaccinal (2 doses de ROR) des patients nés après 1980 ;
- éviction des cas jusqu'à 5 jours après le début de l'éruption.

Informations détaillées : [site de l'ARS](https://www.pays-de-la-loire.ars.sante.fr/rougeole-alerte-2025)

Département veille et sécurité sanitaire
ARS Pays de la Loire""",
  ['sante.fr'], ['+33249104301'])

O('l_dgs_urgent', 'legitimate', 'fr',
  ('DGS-Urgent', 'dgs-urgent@sante.gouv.fr'),
  'DGS-URGENT N°2025-03 : rupture de stock amoxicilline suspension buvable',
  '2025-01-17 18:30',
  """DGS-URGENT

DATE : 17/01/2025
RÉFÉRENCE : DGS-URGENT N°2025-03
TITRE : Tensions d'approvisionnement en amoxicilline suspension buvable

Professionnels ciblés : médecins généralistes, pédiatres, pharmaciens d'officine

Mesdames, Messieurs,

Des tensions d'approvisionnement affectent actuellement les spécialités à base d'amoxicilline en suspension buvable. Dans ce contexte, il est recommandé de privilégier les formes comprimés dispersibles lorsque c'est possible et de respecter strictement les indications.

Les recommandations complètes sont disponibles sur [le site du ministère](https://sante.gouv.fr/professionnels/article/dgs-urgent).

Pr Grégory Emery
Directeur général de la santé adjoint""",
  ['sante.gouv.fr'], [])

O('l_impots_avis', 'legitimate', 'fr',
  ('DGFiP', 'ne-pas-repondre@dgfip.finances.gouv.fr'),
  'Votre avis est disponible dans votre espace particulier',
  '2024-11-29 05:00',
  """Madame, Monsieur,

Votre avis de taxe foncière 2024 est disponible dans votre espace particulier sur impots.gouv.fr.

Pour le consulter, connectez-vous sur [impots.gouv.fr](https://www.impots.gouv.fr) puis rubrique "Documents".

Pour votre sécurité, la DGFiP ne vous demandera jamais de communiquer vos coordonnées bancaires ou vos identifiants par courriel.

La Direction générale des Finances publiques""",
  ['impots.gouv.fr'], [])

O('l_colleague_cr', 'legitimate', 'fr',
  ('Dr Arnaud Kervella', 'a.kervella.cardio@gmail.com'),
  'CR consultation Mme G.',
  '2025-01-22 19:12',
  """Bonsoir Sophie,

Comme convenu, je t'envoie le compte rendu de la consultation de ta patiente Mme G. (vue le 20/01). ECG sans particularité, écho cœur normale, pas d'argument pour une cause cardiaque aux malaises. Je pense qu'un holter de 48 h ne s'impose pas pour l'instant.

Le CR complet part aussi par MSSanté, mais comme la dernière fois il est resté bloqué je doublonne par ici. Dis-moi si tu ne l'as pas.

Bonne soirée,
Arnaud""",
  [], [], text_only=True)

O('l_patient', 'legitimate', 'fr',
  ('', 'gerard.poussin44@orange.fr'),
  'rendez vous',
  '2025-02-02 20:55',
  """Bonjour docteur

je me permet de vous ecrire car je narrive pas a avoir le cabinet au telephone. Ma femme a encore de la fievre depuis samedi 39 et elle tousse beaucoup. Est ce que vous pouvez la voir demain ? sinon on ira aux urgences.

je vous mets mon numero 06 12 48 77 30

merci beaucoup
Gérard Poussin""",
  [], ['+33612487730'], text_only=True)

O('l_chu_rcp', 'legitimate', 'fr',
  ('Secrétariat RCP Onco-digestive', 'rcp.oncodig@chu-nantes.fr'),
  'Invitation RCP onco-digestive du mardi 11 février - dossier de votre patient',
  '2025-02-06 11:25',
  """Bonjour Docteur,

Le dossier de votre patient M. L. (né le 14/03/1958) sera présenté en réunion de concertation pluridisciplinaire onco-digestive le mardi 11 février à 13h.

Vous pouvez participer à la RCP en présentiel (salle 3, Hôtel-Dieu, 4e étage) ou en visioconférence via le lien transmis par la messagerie sécurisée. La fiche RCP vous sera adressée à l'issue de la réunion.

Cordialement,
Secrétariat RCP onco-digestive
CHU de Nantes - 02 40 08 33 33""",
  [], ['+33240083333'])

O('l_labo_resultats', 'legitimate', 'fr',
  ('Biolab Atlantique', 'resultats@biolab-atlantique.fr'),
  'Nouveaux résultats disponibles',
  '2025-03-12 12:30',
  """Bonjour Docteur,

De nouveaux résultats de biologie concernant l'un de vos patients sont disponibles sur votre espace prescripteur.

[Accéder à mon espace prescripteur](https://resultats.biolab-atlantique.fr/prescripteur)

Pour des raisons de confidentialité, aucun résultat n'est transmis dans ce message. Les résultats critiques vous sont communiqués par téléphone.

Biolab Atlantique - laboratoire de biologie médicale multisite""",
  ['biolab-atlantique.fr'], [])

O('l_en_mscode', 'legitimate', 'en',
  ('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'),
  'Microsoft account security code',
  '2025-01-19 10:14',
  """Microsoft account

Security code

Please use the following security code for the Microsoft account pa*****@outlook.fr.

Security code: 384215

If you don't recognize the Microsoft account pa*****@outlook.fr, you can [click here](https://account.live.com/dp?ft=Dd4vR2) to remove your email address from that account.

Thanks,
The Microsoft account team""",
  ['live.com'], [])

O('l_en_google_alert', 'legitimate', 'en',
  ('Google', 'no-reply@accounts.google.com'),
  'Security alert',
  '2025-02-15 22:08',
  """A new sign-in on Windows

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

[Check activity](https://accounts.google.com/AccountChooser?Email=cabinet.lebreton@gmail.com&continue=https://myaccount.google.com/alert/nt/1739653680)

You can also see security activity at
[](https://myaccount.google.com/notifications)

You received this email to let you know about important changes to your Google Account and services.
(c) 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
  ['google.com'], [])

O('l_en_review', 'legitimate', 'en',
  ('BMC Family Practice Editorial Office', 'em@editorialmanager.com'),
  'Invitation to review manuscript FAMP-D-25-00188',
  '2025-03-05 16:47',
  """Dear Dr. Rivière,

An article entitled "Continuity of care and emergency department use among older adults: a cohort study in French general practice" has been submitted to BMC Primary Care.

Given your expertise, I would be grateful if you could review this manuscript. The abstract is included below.

To accept or decline this invitation, please go to:
[](https://www.editorialmanager.com/bmcprimarycare/l.asp?i=98213&l=Q2WX8K1T)

If you are unable to review, suggestions of alternative reviewers are appreciated.

Kind regards,
Dr. Hannah Vogel
Associate Editor, BMC Primary Care""",
  ['editorialmanager.com'], [])

O('l_en_erasmus', 'legitimate', 'en',
  ('Dr. Katarzyna Nowak', 'k.nowak@umed.lodz.pl'),
  'Medical student observership in your practice - May 2025',
  '2025-01-26 13:33',
  """Dear Dr. Pelletier,

I am the Erasmus coordinator at the Medical University of Lodz. Your colleague Dr. Fabre, whom I met at the WONCA Europe conference, told me that you sometimes welcome students in your practice.

One of our 5th-year students, Ms. Julia Wrobel, would like to do a 3-week observership in general practice in France in May 2025. She speaks good French (B2). All insurance and administrative aspects are handled by our university under the Erasmus+ agreement.

Would you consider hosting her? I would be happy to discuss it by phone.

With kind regards,
Katarzyna Nowak, MD, PhD
International Relations Office
Medical University of Lodz, Poland""",
  [], [], text_only=True)

O('l_en_zoom_invite', 'legitimate', 'en',
  ('Dr. Pieter de Vries', 'p.devries@huisartsenpraktijk-delft.nl'),
  'Zoom call - EURACT teaching group, March 12',
  '2025-03-06 09:09',
  """Dear all,

As agreed in Vienna, here is the link for our next online meeting of the teaching group on Wednesday March 12 at 19:00 CET.

[Join Zoom Meeting](https://us06web.zoom.us/j/84736129045?pwd=Qm2kR8xV)
Meeting ID: 847 3612 9045

Agenda: 1) feedback on the workshop, 2) abstract for the next conference, 3) AOB.

Best wishes,
Pieter""",
  ['zoom.us'], [])

O('l_docusign_real', 'legitimate', 'fr',
  ('Clinique Saint-Augustin via Docusign', 'dse@eumail.docusign.net'),
  'Veuillez signer : Contrat d\'exercice libéral - Dr Morvan',
  '2025-03-20 10:58',
  """Clinique Saint-Augustin vous a envoyé un document à examiner et à signer.

[EXAMINER LE DOCUMENT](https://eu.docusign.net/Signing/EmailStart.aspx?a=5c1d0e2b&acct=7f3a&er=b4e1)

Direction des affaires médicales
Clinique Saint-Augustin

Bonjour Docteur,
Comme convenu lors de notre rendez-vous du 14 mars, vous trouverez ci-joint votre contrat d'exercice libéral pour signature électronique.

Ne partagez pas cet e-mail
Cet e-mail contient un lien sécurisé vers Docusign. Veuillez ne pas partager ce message, ce lien ou ce code d'accès.""",
  ['docusign.net'], [])

O('l_cnom_bulletin', 'legitimate', 'fr',
  ('Ordre des médecins', 'communication@ordre.medecin.fr'),
  'Médecins, le bulletin de l\'Ordre - n° 94 : la certification périodique, mode d\'emploi',
  '2025-02-19 07:00',
  """MÉDECINS - LE BULLETIN DE L'ORDRE NATIONAL DES MÉDECINS

Dans ce numéro :
- Dossier : la certification périodique, mode d'emploi
- Démarchage abusif : l'Ordre appelle à la vigilance
- Entraide : comment être aidé en cas de difficulté

Attention : ni l'Ordre, ni l'ANS, ni l'ANDPC ne vous contacteront par téléphone pour vous demander vos identifiants ou vous menacer de radiation.

[Lire le bulletin](https://www.ordre.medecin.fr/bulletin-94)

Conseil national de l'Ordre des médecins
[Se désabonner](https://www.ordre.medecin.fr/desabonnement)""",
  ['ordre.medecin.fr'], [])

O('l_cpam_entretien', 'legitimate', 'fr',
  ('Service médical - Assurance Maladie de Loire-Atlantique', 'dram-pdl@assurance-maladie.fr'),
  'Proposition d\'échange confraternel - prescriptions d\'arrêts de travail',
  '2025-03-13 09:30',
  """Docteur,

Dans le cadre de la campagne nationale d'accompagnement des prescripteurs d'indemnités journalières, le service médical souhaite vous proposer un entretien confraternel avec un médecin conseil.

Cet échange a pour objet de présenter vos données de prescription comparées à celles des médecins de la région et de répondre à vos questions. Il ne s'agit pas d'une procédure contentieuse.

Un médecin conseil vous contactera prochainement pour convenir d'un rendez-vous. Vous pouvez également nous joindre par votre messagerie amelipro.

Le médecin conseil chef de service
Échelon local du service médical de Nantes""",
  [], [])

O('l_mailiz', 'legitimate', 'fr',
  ('Mailiz', 'notification@mailiz.mssante.fr'),
  'Vous avez reçu un nouveau message dans votre boîte Mailiz',
  '2025-01-29 15:02',
  """Bonjour,

Vous avez reçu un nouveau message dans votre messagerie sécurisée de santé Mailiz.

Expéditeur : secretariat.cardiologie@chu-nantes.mssante.fr

Pour le consulter, connectez-vous à votre messagerie : [](https://mailiz.mssante.fr)

Ceci est un message automatique. Ne pas répondre.""",
  ['mssante.fr'], [])

O('l_andpc_inscription', 'legitimate', 'fr',
  ('Mon DPC', 'ne-pas-repondre@mondpc.fr'),
  'Confirmation de votre inscription à une action de DPC',
  '2025-02-24 13:14',
  """Bonjour,

Votre inscription à l'action n° 32592425041 "Repérage et prise en charge de la dépression du sujet âgé" proposée par l'organisme FormaMed Santé a été validée.

Session du 4 avril 2025 - Angers.

Vous pouvez suivre l'état de votre inscription et de votre indemnisation depuis votre compte sur [www.mondpc.fr](https://www.mondpc.fr).

L'Agence nationale du DPC""",
  ['mondpc.fr'], [])

O('l_orga_confirm', 'legitimate', 'fr',
  ('Secrétariat FormaMed Santé', 'inscriptions@formamed-sante.fr'),
  'Votre inscription au séminaire "Troubles du sommeil" du 4 avril',
  '2025-02-24 16:40',
  """Bonjour Docteur Le Goff,

Nous avons bien reçu votre inscription (via Mon DPC) au séminaire "Troubles du sommeil de l'adulte" du vendredi 4 avril à Angers.

Accueil à 8h30, hôtel Mercure Centre, 1 place Mondain-Chanlouineau. Le déjeuner est pris en charge.

Pour votre indemnisation, pensez à signer la feuille d'émargement le jour même ; aucune démarche supplémentaire n'est nécessaire de votre part.

À bientôt,
Nadia
Secrétariat FormaMed Santé - 02 40 58 63 10""",
  [], ['+33240586310'])

O('l_urssaf_radiation', 'legitimate', 'fr',
  ('Urssaf', 'noreply@urssaf.fr'),
  'Votre attestation de radiation est disponible',
  '2025-01-31 08:22',
  """Bonjour,

Suite à votre déclaration de cessation d'activité (activité secondaire - centre de santé Les Dervallières), votre radiation a été enregistrée au 31/12/2024.

Votre attestation de radiation est disponible dans votre espace en ligne, rubrique "Mes documents" : [urssaf.fr](https://www.urssaf.fr/accueil/espace-personnel.html)

Les cotisations restant éventuellement dues feront l'objet d'une régularisation sur la base de vos revenus définitifs.

Votre Urssaf""",
  ['urssaf.fr'], [])

O('l_carmf', 'legitimate', 'fr',
  ('CARMF', 'ne-pas-repondre@carmf.fr'),
  'Appel de cotisations 2025 disponible dans votre espace',
  '2025-01-13 08:00',
  """Docteur,

Votre appel de cotisations 2025 est disponible dans votre espace personnel sur le site de la CARMF.

Vous pouvez y consulter le détail de vos cotisations (régime de base, complémentaire, invalidité-décès, ASV) et opter pour le prélèvement mensuel.

[Accéder à mon espace](https://www.carmf.fr)

Caisse Autonome de Retraite des Médecins de France""",
  ['carmf.fr'], [])

O('l_elections', 'legitimate', 'fr',
  ('Conseil départemental de l\'Ordre des médecins de Loire-Atlantique', 'secretariat@cdom44.ordre.medecin.fr'),
  'Dernier rappel : élections au conseil départemental - clôture du vote le 14 mars',
  '2025-03-11 08:30',
  """Chère consœur, cher confrère,

Dernier rappel : le scrutin pour le renouvellement par moitié du conseil départemental sera clos le vendredi 14 mars à 12h.

Le vote s'effectue par correspondance : vous avez reçu à votre adresse professionnelle le matériel de vote (bulletin, enveloppes, professions de foi). Aucun vote n'est demandé par courriel.

Les professions de foi des candidats sont également consultables sur [le site du conseil](https://www.ordre.medecin.fr/conseil-departemental-44).

Bien confraternellement,
Le Président""",
  ['ordre.medecin.fr'], [])

O('l_doctolib_facture', 'legitimate', 'fr',
  ('Doctolib', 'facturation@doctolib.fr'),
  'Votre facture Doctolib - février 2025',
  '2025-03-01 04:10',
  """Bonjour Docteur,

Votre facture du mois de février 2025 est disponible.

Montant : 139,00 € HT (166,80 € TTC)
Prélèvement prévu le 05/03/2025.

[Voir ma facture](https://pro.doctolib.fr/billing/invoices)

Merci de votre confiance,
L'équipe Doctolib""",
  ['doctolib.fr'], [])

O('l_servicepublic', 'legitimate', 'fr',
  ('Service-Public.fr', 'ne-pas-repondre@service-public.fr'),
  'Accusé de réception de votre démarche en ligne',
  '2025-02-21 20:14',
  """Bonjour,

Votre demande de changement d'adresse en ligne a bien été transmise aux organismes sélectionnés (CAF, impots.gouv, Assurance retraite).

Numéro de télédossier : 2025-0221-7734-K

Vous pouvez suivre votre démarche dans votre espace : [service-public.fr](https://www.service-public.fr/compte/mes-demarches)

Ne répondez pas à ce message.""",
  ['service-public.fr'], [])

O('l_remplacant_rib', 'legitimate', 'fr',
  ('Mathilde Roux', 'mathilde.roux.med@gmail.com'),
  'Remplacement 10-21 février - rétrocession',
  '2025-02-22 11:47',
  """Bonjour Docteur,

Merci encore pour ces deux semaines, tout s'est bien passé. Je vous ai laissé le récapitulatif des actes et le courrier pour M. Baudry sur votre bureau.

Vous trouverez ci-joint mon relevé de rétrocession (70 % sur 6 420 € d'honoraires) ainsi que mon RIB pour le virement, comme d'habitude.

Je reste disponible pour cet été si besoin !

Bien confraternellement,
Mathilde Roux
Médecin remplaçante""",
  [], [], text_only=True)

O('l_sms_amelipro', 'legitimate', 'fr', ('AMELIPRO', ''), 'SMS', '2025-02-04 08:31',
  """Assurance Maladie : votre code de connexion amelipro est 713 206. Ne le communiquez a personne, aucun conseiller ne vous le demandera.""",
  [], [], kind='sms')

O('l_association', 'legitimate', 'fr',
  ('AMGPN - Association des Médecins Généralistes du Pays Nantais', 'bureau@amgpn.fr'),
  'Soirée FMC du 20 mars + AG - inscription',
  '2025-02-27 21:30',
  """Chers amis,

Notre prochaine soirée de formation aura lieu le jeudi 20 mars à 20h à la maison des associations de Rezé : "Dermatoses fréquentes de l'enfant", avec le Dr Aurore Lemée, dermatologue.

Elle sera suivie de notre assemblée générale (renouvellement du bureau, cotisation 2025 à 30 €).

Merci de répondre à ce mail pour vous inscrire (buffet prévu).

Amitiés,
Le bureau de l'AMGPN""",
  [], [])

O('l_logiciel_maj', 'legitimate', 'fr',
  ('Support MédiLogos', 'support@medilogos.fr'),
  'Action requise : mise à jour Ségur de votre logiciel avant le 31 mars',
  '2025-03-04 12:00',
  """Bonjour Docteur,

La version 12.4 de MédiLogos, référencée Ségur vague 2, est disponible. Elle apporte l'alimentation automatique du DMP et l'envoi par MSSanté de vos documents.

La mise à jour sera installée automatiquement lors du prochain redémarrage de votre poste à partir du 10 mars. Si votre cabinet utilise un serveur local, notre équipe vous contactera pour planifier l'intervention.

Notes de version : [](https://www.medilogos.fr/notes-de-version/12-4)

Nous ne vous demanderons jamais vos identifiants ou mots de passe par téléphone ni par e-mail.

Le support MédiLogos - 02 51 84 22 60""",
  ['medilogos.fr'], ['+33251842260'])

O('l_en_ncbi', 'legitimate', 'en',
  ('NCBI', 'ncbi-noreply@ncbi.nlm.nih.gov'),
  'My NCBI: Password Reset Request',
  '2025-02-09 15:27',
  """Dear User,

We received a request to reset the password for your My NCBI account.

To reset your password, click the link below (valid for 1 hour):
[](https://www.ncbi.nlm.nih.gov/account/reset/?key=f91d22ab0c)

If you did not request a password reset, you can ignore this message.

National Center for Biotechnology Information
U.S. National Library of Medicine""",
  ['nih.gov'], [])

O('l_en_esc', 'legitimate', 'en',
  ('ESC Congress', 'congress@escardio.org'),
  'Your registration to ESC Congress 2025 - Madrid',
  '2025-03-03 11:02',
  """Dear Dr Morvan,

Thank you for registering to ESC Congress 2025, which will take place in Madrid from 29 August to 1 September 2025.

Registration number: ESC25-118842
Category: Member - Early fee

Your badge will be available in the ESC Congress app two weeks before the congress. You can manage your registration in [My ESC account](https://www.escardio.org/my-esc).

We look forward to welcoming you in Madrid.

The ESC Congress Team""",
  ['escardio.org'], [])

O('l_en_linkedin', 'legitimate', 'en',
  ('LinkedIn', 'messages-noreply@linkedin.com'),
  'You appeared in 9 searches this week',
  '2025-01-27 09:44',
  """You appeared in 9 searches this week

Your profile was found by people from: University Hospital of Nantes, Pfizer, Doctolib.

[See all searches](https://www.linkedin.com/me/search-appearances/)

This email was intended for Dr. Yann Le Bihan (General Practitioner).
[Unsubscribe](https://www.linkedin.com/comm/psettings/email-unsubscribe)
(c) 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
  ['linkedin.com'], [])

O('l_en_colleague_uk', 'legitimate', 'en',
  ('Dr Fiona McLeod', 'fiona.mcleod@nhs.net'),
  'Your patient Mr Thibault Garnier - seen in A&E Edinburgh',
  '2025-02-20 08:15',
  """Dear Dr Pelletier,

Your patient Mr Thibault Garnier (DOB 02/07/1991) was seen in our emergency department on 18 February 2025 while on holiday in Edinburgh, following a fall while hiking. X-rays showed an undisplaced fracture of the right distal radius, managed with a cast.

He has been advised to see you on his return for a follow-up X-ray at 10 days. A copy of the discharge letter has been given to the patient.

Kind regards,
Dr Fiona McLeod
Emergency Medicine, Royal Infirmary of Edinburgh""",
  [], [], text_only=True)
