# -*- coding: utf-8 -*-
"""Hand-written originals for written_i (DPC / certification périodique world).

Each original: O(id, label, lang, kind, ...)
  kind: email | sms | call
  frm: (display name, address)  address may be '' (name only)
  body: text; links are written inline as [[shown text|https://real.target/...]];
        URLs or domains written as plain text stay plain text.
  ph: phone numbers of the original, E.164
  calls/sms: 'narr' = list of the doctor's own descriptions (one per report), may quote the SMS.
"""
ORIGINALS = {}

def O(oid, label, lang, kind, frm=('', ''), subj='', date='', body='', ph=(), reply=None,
      to=None, narr=(), html=True, xhdr=()):
    assert oid not in ORIGINALS, oid
    ORIGINALS[oid] = dict(id=oid, label=label, lang=lang, kind=kind, frm=frm, subj=subj,
                          date=date, body=body.strip('\n'), ph=list(ph), reply=reply, to=to,
                          narr=list(narr), html=html, xhdr=list(xhdr))

# ---------------------------------------------------------------- FRAUD (fr)
O('f01', 'fraud', 'fr', 'email',
  frm=('Direction Régionale de Certification Périodique', 'notification@drcp-sante.fr'),
  subj='Certification périodique : votre dossier est incomplet - action requise sous 72h',
  date='Tue, 10 Sep 2024 08:41:17 +0200',
  body='''Docteur,

Dans le cadre de la mise en place de la certification périodique des professionnels de santé (ordonnance n° 2021-961), la Direction Régionale de Certification Périodique vous informe que votre dossier ne comporte à ce jour aucune action validée pour la période 2023-2025.

Sans régularisation de votre part sous 72 heures, votre dossier sera transmis au Conseil de l'Ordre pour examen, ce qui peut entraîner une suspension temporaire de votre droit d'exercice.

Pour compléter votre dossier, connectez-vous à votre espace sécurisé avec vos identifiants Mon DPC :
[[Compléter mon dossier de certification|https://drcp-sante.fr/espace/connexion.php?ref=MED-44781]]

Vous pouvez également joindre un conseiller au 01 86 95 42 10 (du lundi au vendredi, 9h-18h).

Bien cordialement,
Service Instruction des Dossiers
Direction Régionale de Certification Périodique''',
  ph=['+33186954210'])

O('f02', 'fraud', 'fr', 'sms', frm=('ANDPC-INFO', ''),
  body='ANDPC: Votre forfait DPC 2024 non utilise expire le 30/09. Validez vos droits avant suppression: https://andpc-droits.fr/v/8Kq2',
  narr=[
   'Reçu ce matin de « ANDPC-INFO » :\n\n"ANDPC: Votre forfait DPC 2024 non utilise expire le 30/09. Validez vos droits avant suppression: https://andpc-droits.fr/v/8Kq2"\n\nJe n\'ai pas cliqué.',
   'SMS reçu le 17/09 à 11h02, expéditeur affiché ANDPC-INFO, texte : ANDPC: Votre forfait DPC 2024 non utilise expire le 30/09. Validez vos droits avant suppression: andpc-droits.fr/v/8Kq2 (recopié à la main, il y a peut-être une faute)',
   'j ai eu un sms "ANDPC-INFO" qui dit que mon forfait DPC 2024 expire le 30/09 et qu il faut valider mes droits sur andpc-droits.fr , c est normal ??',
  ])

O('f03', 'fraud', 'fr', 'call', ph=['+33974593188'],
  narr=[
   "Ce midi un homme m'a appelé au cabinet (numéro affiché 09 74 59 31 88). Il se présentait du \"Centre national d'accompagnement DPC\" et disait que j'avais \"des droits DPC non utilisés de 2 500 euros\" qui allaient être perdus. Il voulait que je lui donne mon identifiant et mon mot de passe Mon DPC \"pour m'inscrire directement\" à une formation. J'ai raccroché. Ma secrétaire dit qu'il avait déjà appelé deux fois la semaine dernière.",
   "Appel de 09.74.59.31.88 : une dame très aimable, \"conseillère DPC\", me dit que mes droits de formation 2024 sont \"à régulariser\" et me propose de créer mon compte avec elle au téléphone. Elle a insisté pour avoir mon numéro RPPS et mon adresse mail de connexion. Je n'ai rien donné. Je vous le signale comme le demande votre circulaire.",
   "Bonjour, encore un appel \"vos droits DPC\" depuis le 0974593188, le même discours : formation gratuite, il suffit de donner ses codes. C'est la troisième fois ce mois-ci. Peut-on faire quelque chose ?",
  ])

O('f04', 'fraud', 'fr', 'email',
  frm=('Mon DPC', 'no-reply@mondpc-securite.com'),
  subj='Réinitialisation de votre mot de passe Mon DPC',
  date='Mon, 14 Oct 2024 06:12:55 +0200',
  body='''Bonjour,

Nous avons reçu une demande de réinitialisation du mot de passe associé à votre compte Mon DPC.

Si vous êtes à l'origine de cette demande, cliquez sur le lien ci-dessous :
[[https://www.mondpc.fr/reinitialisation|https://mondpc-securite.com/reset/?tk=a81f9e20c4]]

Si vous n'êtes pas à l'origine de cette demande, votre compte pourrait être compromis. Merci de confirmer votre identité en cliquant [[ici|https://mondpc-securite.com/verify/?tk=a81f9e20c4]] afin d'éviter le blocage de votre compte.

L'équipe Mon DPC''')

O('f05', 'fraud', 'fr', 'email',
  frm=('Agence du Numérique en Santé', 'ne-pas-repondre@certification-esante.fr'),
  subj='Activez votre compte personnel de certification périodique',
  date='Thu, 16 Jan 2025 09:30:02 +0100',
  body='''Madame, Monsieur le Docteur,

L'Agence du Numérique en Santé (ANS), autorité chargée de la gestion des comptes personnels de certification périodique, vous informe de l'ouverture de votre compte.

Votre compte doit être activé avant le 31 janvier 2025. Passé ce délai, il sera désactivé et votre situation sera signalée à votre Ordre professionnel.

[[Activer mon compte|https://certification-esante.fr/activation/?rpps=]]

Munissez-vous de votre numéro RPPS, de votre identifiant Mon DPC et de votre mot de passe.

Agence du Numérique en Santé
Ministère de la Santé et de la Prévention''')

O('f06', 'fraud', 'fr', 'email',
  frm=('Conseil National de l\'Ordre des Médecins', 'secretariat.cnom@ordre-medecins-france.org'),
  reply='cnom.dossiers@gmail.com',
  subj='MISE EN DEMEURE - Certification Périodique - Réf CNOM/CP/2024/11873',
  date='Wed, 20 Nov 2024 14:03:44 +0100',
  body='''MISE EN DEMEURE

Docteur,

Sauf erreur de notre part, vous n'avez pas répondu à nos précédents courriers relatifs à votre obligation de certification périodique.

Nous vous mettons en demeure de régulariser votre situation dans un délai de huit (8) jours. A défaut, une procédure de radiation du tableau sera engagée à votre encontre conformément au code de la santé publique.

Pour régulariser, merci de remplir le formulaire joint et de nous le retourner accompagné d'une copie de votre carte CPS et de votre pièce d'identité, ou de vous connecter sur [[www.ordre.medecin.fr/certification|https://ordre-medecins-france.org/cp/regul.html]].

Le Secrétariat Général
Conseil National de l'Ordre des Médecins
4 rue Léon Jost, 75017 Paris''')

O('f07', 'fraud', 'fr', 'email',
  frm=('ANDPC - Service Comptabilité', 'facturation@andpc-gestion.fr'),
  subj='Facture N° ANDPC-2024-0091873 - Frais de dossier DPC',
  date='Fri, 04 Oct 2024 10:17:09 +0200',
  body='''Bonjour Docteur,

Veuillez trouver ci-dessous votre facture relative aux frais de dossier de votre inscription au programme DPC 2024-2026.

Référence : ANDPC-2024-0091873
Montant : 149,00 € TTC
Échéance : 15/10/2024

Règlement par virement :
Titulaire : ANDPC GESTION SAS
IBAN : FR76 1695 8000 0143 8812 9077 215
BIC : QNTOFRP1XXX

Ou par carte bancaire sur notre [[portail de paiement sécurisé|https://andpc-gestion.fr/paiement/0091873]].

À défaut de règlement, votre inscription sera annulée et les sommes engagées vous seront refacturées.

Service Comptabilité
Agence Nationale du DPC''')

O('f08', 'fraud', 'fr', 'email',
  frm=('Pro Santé Connect', 'securite@prosanteconnect-activation.fr'),
  subj='[Pro Santé Connect] Votre e-CPS doit être réactivée',
  date='Tue, 25 Feb 2025 07:55:30 +0100',
  body='''Bonjour,

Suite à la mise à jour de sécurité de Pro Santé Connect, votre e-CPS a été suspendue.
Sans réactivation de votre part, vous ne pourrez plus accéder à vos téléservices (Mon DPC, ameli pro, Messagerie Sécurisée de Santé, compte de certification périodique).

Réactivez votre e-CPS en 2 minutes :
[[Réactiver mon e-CPS|https://prosanteconnect-activation.fr/ecps/reactivation]]

Vous devrez saisir votre code PIN de carte CPS et le code reçu par SMS.

Cordialement,
L'équipe Pro Santé Connect - Agence du Numérique en Santé''')

O('f09', 'fraud', 'fr', 'email',
  frm=('Claire Vasseur - Certif\'Med Conseil', 'c.vasseur@certifmed-conseil.fr'),
  subj='Votre certification périodique : nous nous occupons de tout',
  date='Mon, 03 Mar 2025 11:20:00 +0100',
  body='''Bonjour Docteur,

Je me permets de vous contacter car de nombreux confrères de votre département nous ont confié la gestion de leur certification périodique, et je pense que notre accompagnement pourrait vous faire gagner un temps précieux.

Concrètement, nos conseillères prennent en charge l'ensemble des démarches : choix des actions, inscription sur Mon DPC, déclaration sur votre compte de certification. Vous n'avez rien à faire.

Pour démarrer, il nous suffit de :
- votre numéro RPPS,
- vos identifiants de connexion Mon DPC (adresse e-mail et mot de passe),
- votre accès Pro Santé Connect si vous l'avez déjà activé.

Vous pouvez me les transmettre en réponse à ce mail ou par téléphone au 04 28 29 61 07. Le service est intégralement financé par vos droits DPC.

Bien confraternellement,
Claire Vasseur
Chargée d'accompagnement
[[certifmed-conseil.fr|https://certifmed-conseil.fr]]''',
  ph=['+33428296107'])

O('f10', 'fraud', 'fr', 'email',
  frm=('HAEP - Audit de conformité', 'audit@haep-sante.org'),
  subj='Audit de conformité DPC 2023-2025 - Votre cabinet a été sélectionné',
  date='Wed, 12 Feb 2025 16:48:21 +0100',
  body='''Haute Autorité de l'Évaluation Professionnelle
Pôle Audit et Conformité

Docteur,

Votre cabinet a été sélectionné de manière aléatoire pour l'audit de conformité annuel des obligations de DPC et de certification périodique.

Vous disposez de 10 jours pour déposer les justificatifs demandés sur la plateforme d'audit :
[[Déposer mes justificatifs|https://haep-sante.org/audit/depot?dossier=AUD-7730]]

Les pièces suivantes sont requises : attestation d'inscription à l'Ordre, relevé d'actions Mon DPC (capture de votre espace connecté), RIB professionnel.

L'absence de réponse constitue un manquement susceptible d'être signalé aux autorités compétentes.

Le Pôle Audit''')

O('f11', 'fraud', 'fr', 'sms', frm=('', '+33 7 56 81 20 94'), ph=['+33756812094'],
  narr=[
   "SMS du 07 56 81 20 94 :\n« Comité de validation des parcours: votre parcours de certification est en attente de validation. Pour le valider, répondez OUI ou appelez-nous. »\nJe n'ai jamais entendu parler de ce comité.",
  ])

O('f12', 'fraud', 'fr', 'email',
  frm=('MedForma Plus', 'inscriptions.medformaplus@outlook.fr'),
  subj='Formation DPC GRATUITE pour vous Docteur !! (dernières places)',
  date='Sat, 21 Sep 2024 22:14:08 +0200',
  body='''Bonjour Docteur ,

Vous avez droit a une formation DPC totalement gratuite et indemnisé en 2024 !!
Nous nous occupons de votre inscription , vous n avez rien à faire .

Pour cela envoyez nous simplement en réponse :
- Nom , prénom
- Numero RPPS
- identifiant et mot de passe de votre compte mondpc
- votre RIB pour l indemnisation

ATTENTION les places sont limités et les droits non utilisés sont PERDUS au 31 decembre .

Cordialement
Service Inscription MedForma Plus
06 52 11 87 40''',
  ph=['+33652118740'])

O('f13', 'fraud', 'fr', 'email',
  frm=('Dr Hélène Lefebvre', 'helene.lefebvre.medecin@orange.fr'),
  subj='Document partagé : Compte rendu groupe de pairs',
  date='Thu, 07 Nov 2024 13:26:40 +0100',
  body='''Bonjour,

Hélène Lefebvre a partagé un document avec vous via OneDrive.

Compte rendu groupe de pairs - novembre.pdf

[[Ouvrir le document|https://onedrive-partage-docs.com/s/8fe2c?u=cabinet]]

Vous devrez vous connecter avec votre adresse e-mail professionnelle pour consulter ce document.

Cordialement,
Hélène''')

O('f14', 'fraud', 'fr', 'email',
  frm=('ameli pro', 'service-pro@ameli-pro-securite.com'),
  subj='Action requise : mise à jour de votre carte CPS sur amelipro',
  date='Mon, 02 Dec 2024 09:05:12 +0100',
  body='''L'Assurance Maladie

Cher professionnel de santé,

Dans le cadre du renouvellement des cartes de professionnel de santé, nous vous invitons à mettre à jour les informations associées à votre carte CPS avant le 15/12/2024.

Faute de mise à jour, vos télétransmissions seront suspendues et vos remboursements différés.

[[Mettre à jour mes informations|https://ameli-pro-securite.com/maj/cps]]

Nous vous remercions de votre confiance.
Votre caisse d'Assurance Maladie''')

O('f15', 'fraud', 'fr', 'email',
  frm=('URSSAF', 'info@urssaf-regularisation.net'),
  subj='Régularisation de vos cotisations - remboursement de 684,20 €',
  date='Sun, 13 Oct 2024 19:40:55 +0200',
  body='''Bonjour,

Après vérification de vos déclarations de revenus 2023 (praticiens et auxiliaires médicaux), un trop-perçu de cotisations de 684,20 € a été constaté en votre faveur.

Pour recevoir votre remboursement, veuillez confirmer vos coordonnées bancaires via le formulaire sécurisé :
[[Accéder au formulaire|https://urssaf-regularisation.net/remb/form?id=PAM2023]]

Ce lien expire dans 48h.

Urssaf - Service Praticiens et Auxiliaires Médicaux''')

O('f16', 'fraud', 'fr', 'email',
  frm=('Doctolib Pro', 'support@doctolib-praticien-verif.com'),
  subj='Votre agenda Doctolib sera désactivé le 30/11',
  date='Thu, 28 Nov 2024 08:02:00 +0100',
  body='''Bonjour Docteur,

Nous n'avons pas pu vérifier votre mode de paiement pour l'abonnement Doctolib Pro.
Votre agenda en ligne sera désactivé le 30/11 et vos patients ne pourront plus prendre rendez-vous.

Mettez à jour votre moyen de paiement : [[doctolib.fr/pro/facturation|https://doctolib-praticien-verif.com/billing/update]]

L'équipe Doctolib''')

O('f17', 'fraud', 'fr', 'email',
  frm=('DGFiP', 'noreply@impots-gouv-remboursement.fr'),
  subj='Avis de remboursement - Référence 2024-FR-8872',
  date='Tue, 08 Oct 2024 03:11:27 +0200',
  body='''DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES

Après les derniers calculs annuels de votre activité fiscale, nous avons déterminé que vous êtes admissible à recevoir un remboursement d'impôt de 312,50 €.

Veuillez soumettre la demande de remboursement et nous laisser 3 à 5 jours pour le traitement.

[[Demander mon remboursement|http://impots-gouv-remboursement.fr/espace/particulier]]

Remarque : un remboursement peut être retardé pour diverses raisons, par exemple la soumission de données invalides ou l'application après la date limite.''')

O('f21', 'fraud', 'fr', 'email',
  frm=('Agence nationale du DPC', 'indemnisation@agence-dpc.info'),
  subj='Indemnisation DPC non perçue - coordonnées bancaires à confirmer',
  date='Mon, 27 Jan 2025 12:30:44 +0100',
  body='''Bonjour Docteur,

Selon nos registres, une indemnisation pour perte de ressources d'un montant de 1 035,00 € relative à une action DPC suivie en 2024 n'a pas pu vous être versée, les coordonnées bancaires enregistrées étant invalides.

Afin de débloquer ce versement, merci de confirmer votre RIB et votre identifiant Mon DPC sur le formulaire suivant :
[[https://www.agencedpc.fr/professionnel/indemnisation|https://agence-dpc.info/indemn/form.php]]

Le versement interviendra sous 5 jours ouvrés après validation.

Agence nationale du Développement Professionnel Continu
Département Gestion des Professionnels''')

O('f22', 'fraud', 'fr', 'sms', frm=('ORDRE-MED', ''), ph=['+33170829455'],
  narr=[
   'SMS reçu de "ORDRE-MED" :\n« Ordre des Médecins : votre certification périodique n\'est pas validée. Risque de radiation. Contactez le service certification au 01 70 82 94 55 avant le 15/11. »',
   "Bonjour, je viens de recevoir un SMS signé ORDRE-MED me demandant de rappeler le 01.70.82.94.55 pour ma certification périodique sinon radiation. Est-ce vous ? Je n'ai pas rappelé.",
   "Texto reçu (expéditeur ORDRE-MED) : Ordre des Medecins: votre certification periodique n'est pas validee. Risque de radiation. Contactez le service certification au 0170829455 avant le 15/11.\nMa consœur du même cabinet a reçu le même.",
  ])

O('f23', 'fraud', 'fr', 'call', ph=['+33159130728'],
  narr=[
   "Je tiens à vous signaler un appel reçu hier vers 17h au cabinet, du 01 59 13 07 28. Mon interlocuteur se présentait comme \"l'Agence régionale de certification des médecins\". Ton très autoritaire : si je ne \"validais\" pas mon parcours de certification avant la fin du mois, il y aurait une \"radiation administrative\". Il m'a demandé mon numéro RPPS, mon numéro ADELI (!) et le mot de passe de mon compte Mon DPC pour \"vérifier mon dossier\". J'ai refusé et il a raccroché. Je suis assez choquée par le ton employé, surtout que ma secrétaire, au départ, lui avait passé l'appel en pensant qu'il s'agissait de l'Ordre.",
  ])

O('f24', 'fraud', 'fr', 'email',
  frm=('Service Validation DPC', 'service.validation.dpc@gmail.com'),
  subj='Votre dossier DPC - rappel',
  date='Tue, 15 Apr 2025 10:02:13 +0200',
  body='''Bonjour Docteur,

Nous avons tenté de vous joindre à plusieurs reprises concernant la validation de vos droits DPC pour l'année en cours.

Votre dossier est toujours en attente. Merci de rappeler notre service au 09 70 19 55 62 en indiquant la référence DPC-24-3381, un conseiller vous accompagnera pour finaliser votre dossier en quelques minutes.

Bien à vous,
Service Validation DPC''',
  ph=['+33970195562'])

O('f25', 'fraud', 'fr', 'email',
  frm=('HAS - Haute Autorité de Santé', 'enquetes.has.sante@gmail.com'),
  subj='Enquête nationale obligatoire - certification périodique',
  date='Wed, 09 Apr 2025 15:40:00 +0200',
  body='''Docteur,

La Haute Autorité de Santé conduit une enquête nationale auprès de l'ensemble des médecins inscrits au tableau, dans le cadre de l'élaboration des référentiels de certification périodique.

La participation est obligatoire et conditionne la prise en compte de vos actions 2025.

Merci de remplir le questionnaire (5 minutes) : [[Accéder au questionnaire HAS|https://docs.google.com/forms/d/e/1FAIpQLSf8x2Lq0vHAS-cp2025/viewform]]

Vous devrez indiquer votre numéro RPPS ainsi que l'adresse e-mail et le mot de passe de votre compte certification.

Service des Bonnes Pratiques
Haute Autorité de Santé''')

O('f26', 'fraud', 'fr', 'email',
  frm=('ARS Île-de-France', 'declaration@ars-sante-idf.com'),
  subj='Déclaration obligatoire d\'activité 2025 - Médecins libéraux',
  date='Mon, 17 Mar 2025 08:30:00 +0100',
  body='''Agence Régionale de Santé Île-de-France

Madame, Monsieur,

Conformément à l'arrêté du 3 février 2025, tous les médecins libéraux doivent déclarer leur activité 2025 auprès de l'ARS avant le 31 mars. Cette déclaration conditionne la validation de votre certification périodique.

[[Effectuer ma déclaration|https://ars-sante-idf.com/declaration/2025]]

Frais de traitement : 39 € (paiement sécurisé).

Direction de l'offre de soins''')

O('f27', 'fraud', 'fr', 'email',
  frm=('Mon DPC', 'migration@mondpc-nouvelleplateforme.fr'),
  subj='Important : migration de votre compte Mon DPC',
  date='Tue, 01 Apr 2025 09:15:31 +0200',
  body='''Bonjour,

Mon DPC évolue ! Afin de préparer l'intégration avec le compte de certification périodique, tous les comptes doivent être migrés vers la nouvelle plateforme avant le 20 avril 2025.

La migration se fait en une étape : connectez-vous avec vos identifiants actuels sur [[la nouvelle plateforme|https://mondpc-nouvelleplateforme.fr/login]]. Vos actions et votre historique seront automatiquement transférés.

Les comptes non migrés seront clôturés.

Merci de votre confiance,
L'équipe Mon DPC''')

O('f31', 'fraud', 'fr', 'email',
  frm=('Conseil de l\'Ordre des Médecins', 'cotisation@cotisation-ordre-medecins.fr'),
  subj='Relance : cotisation ordinale 2025 impayée',
  date='Thu, 22 May 2025 11:47:02 +0200',
  body='''Docteur,

Sauf erreur de notre part, votre cotisation ordinale 2025 (345 €) reste impayée à ce jour malgré nos précédentes relances.

Nous vous rappelons que le non-paiement de la cotisation peut entraîner des poursuites disciplinaires.

Vous pouvez régler dès maintenant par carte bancaire, majoration de retard incluse (total 379,50 €) :
[[Régler ma cotisation|https://cotisation-ordre-medecins.fr/paiement?ref=CO25-66120]]

Service des cotisations''')

O('f33', 'fraud', 'fr', 'email',
  frm=('Certification périodique - ANS', 'service-certification@esante-gouv.fr'),
  subj='Dernière relance avant suspension de votre accès RPPS',
  date='Fri, 06 Jun 2025 10:10:10 +0200',
  body='''Madame, Monsieur,

Nous constatons que vous ne vous êtes pas encore connecté(e) à votre compte de certification périodique.

Conformément aux textes en vigueur, les professionnels n'ayant pas initialisé leur compte verront leur accès aux services du Répertoire Partagé des Professionnels de Santé (RPPS) suspendu à compter du 30 juin 2025.

Pour initialiser votre compte, veuillez vous rendre sur le portail : [[https://certification.esante.gouv.fr|https://esante-gouv.fr/certification/init]]

Cette démarche ne prend que quelques minutes.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Agence du Numérique en Santé''')

O('f35', 'fraud', 'fr', 'email',
  frm=('Plateforme Nationale d\'Orientation DPC', 'contact@pno-dpc.fr'),
  subj='Votre forfait 2025 : un conseiller vous rappelle',
  date='Tue, 18 Mar 2025 13:22:48 +0100',
  body='''Bonjour Docteur,

Votre forfait individuel DPC 2025 n'a pas encore été utilisé. Pour éviter qu'il ne soit perdu, la Plateforme Nationale d'Orientation DPC vous propose un rendez-vous téléphonique gratuit avec un conseiller agréé.

Choisissez votre créneau : [[Prendre rendez-vous|https://calendly.com/pno-dpc/conseiller]]
Ou appelez directement le 01 89 71 22 36.

Lors de l'entretien, le conseiller procédera avec vous à l'inscription sur Mon DPC (prévoyez vos identifiants de connexion).

Plateforme Nationale d'Orientation DPC - en partenariat avec l'ANDPC''',
  ph=['+33189712236'])

O('f36', 'fraud', 'fr', 'email',
  frm=('Formation Santé Pro', 'formationsantepro2024@gmail.com'),
  subj='re: votre formation',
  date='Wed, 02 Oct 2024 17:31:09 +0200',
  body='''bonjour Docteur

suite a notre appel de ce jour comme convenu je vous renvoie le lien pour votre formation 100% prise en charge sans avance de frais

il faut juste vous connecter avec votre compte mondpc ici [[https://mondpc-formation.fr/connexion|https://mondpc-formation.fr/connexion]] et je m occupe du reste

si vous avez oublié votre mot de passe envoyer le moi par retour et je le réinitialise pour vous

bonne journée
Kevin''')

O('f37', 'fraud', 'fr', 'sms', frm=('', '+33 6 19 44 72 03'), ph=['+33619447203'],
  narr=[
   "J'ai reçu un message WhatsApp du +33 6 19 44 72 03, avec photo de profil le logo de l'ANDPC :\n\"Bonjour Docteur, c'est Sarah de l'Agence nationale du DPC. Votre compte présente une anomalie, pouvez-vous me communiquer le code que vous allez recevoir par SMS pour que je puisse le débloquer ?\"\nJuste après j'ai reçu un SMS avec un code de validation. Je n'ai rien envoyé.",
  ])

O('f38', 'fraud', 'fr', 'call', ph=['+33188247160'],
  narr=[
   "message vocal laissé sur mon portable hier soir, je retranscris : \"Bonjour docteur, ici le service certification du conseil de l'ordre, votre dossier de certification périodique est incomplet, il manque des pièces, merci de nous rappeler au plus vite au 01 88 24 71 60, sans retour de votre part votre dossier sera clôturé\". Le CDOM m'a-t-il appelé ?",
  ])

O('f39', 'fraud', 'fr', 'email',
  frm=('CNP Médecine Générale', 'attestations@cnp-mg-attestation.fr'),
  subj='Votre attestation de parcours 2023-2025 est prête à être signée',
  date='Thu, 10 Apr 2025 09:44:00 +0200',
  body='''Bonjour Docteur,

Le Conseil National Professionnel de Médecine Générale a le plaisir de vous informer que votre attestation de parcours triennal est disponible.

Pour qu'elle soit transmise à votre compte de certification périodique, elle doit être signée électroniquement et les frais d'édition (89 €) acquittés.

[[Signer et régler mon attestation|https://cnp-mg-attestation.fr/signature?n=MG-2025-4471]]

Sans signature sous 15 jours, l'attestation sera annulée.

Le secrétariat du CNP''')

O('f40', 'fraud', 'fr', 'email',
  frm=('Annuaire Santé - RPPS', 'maj-rpps@annuaire-sante-rpps.fr'),
  subj='Mise à jour annuelle obligatoire de vos données RPPS',
  date='Mon, 05 May 2025 08:00:00 +0200',
  body='''Madame, Monsieur le Docteur,

Chaque année, les professionnels de santé inscrits au RPPS doivent confirmer l'exactitude de leurs données (adresse d'exercice, coordonnées, situation bancaire pour les versements de l'Assurance Maladie).

[[Confirmer mes données|https://annuaire-sante-rpps.fr/confirmation]]

L'absence de confirmation entraîne la désactivation de votre carte CPS.

Annuaire Santé - Agence du Numérique en Santé''')

O('f41', 'fraud', 'fr', 'email',
  frm=('Messagerie MSSanté', 'alerte@mssante-quota.com'),
  subj='Votre boîte MSSanté est pleine (98%)',
  date='Wed, 11 Dec 2024 05:47:19 +0100',
  body='''Votre boîte aux lettres MSSanté a atteint 98% de sa capacité.
Les nouveaux messages (résultats de laboratoire, comptes rendus) seront rejetés.

[[Augmenter mon espace gratuitement|https://mssante-quota.com/upgrade?u=]]

Équipe technique MSSanté''')

O('f43', 'fraud', 'fr', 'sms', frm=('ANS-eCPS', ''),
  narr=[
   'SMS "ANS-eCPS" : "Votre e-CPS expire le 15/10. Sans activation vous perdrez l\'acces a Pro Sante Connect. Activez: e-cps-activation.info/m"',
   "reçu ça par sms (ANS-eCPS), j'ai une e-CPS depuis 2 ans, elle n'expire pas que je sache ?\n\nVotre e-CPS expire le 15/10. Sans activation vous perdrez l'acces a Pro Sante Connect. Activez: https://e-cps-activation.info/m",
  ])

O('f44', 'fraud', 'fr', 'email',
  frm=('Bulletin de l\'Ordre des médecins', 'bulletin@ordre-medecins.info'),
  subj='Nouvelle obligation : déclaration de vos actions de certification avant le 30/06',
  date='Mon, 26 May 2025 07:30:00 +0200',
  body='''Le Bulletin de l'Ordre des médecins - Édition spéciale

Nouvelle obligation pour tous les médecins inscrits au tableau : chaque médecin doit déclarer ses actions de certification périodique réalisées depuis 2023 avant le 30 juin 2025.

La déclaration s'effectue exclusivement en ligne sur le portail ordinal : [[Déclarer mes actions|https://ordre-medecins.info/declaration]]

Vous aurez besoin de votre numéro RPPS et de vos identifiants Mon DPC.

Tout médecin n'ayant pas déclaré ses actions s'expose à des sanctions ordinales.

Pour nous écrire : declaration@ordre-medecins.info''')

O('f45', 'fraud', 'fr', 'email',
  frm=('CARMF', 'espace-adherent@carmf-espace.com'),
  subj='Anomalie sur votre compte de cotisations - régularisation',
  date='Tue, 22 Oct 2024 14:14:14 +0200',
  body='''Caisse Autonome de Retraite des Médecins de France

Docteur,

Une anomalie a été détectée sur votre compte cotisant. Un prélèvement de 1 287,00 € a été rejeté par votre banque.

Afin d'éviter des majorations de retard, nous vous invitons à régulariser votre situation en ligne : [[Régulariser|https://carmf-espace.com/regul]]

Service Recouvrement''')

O('f46', 'fraud', 'fr', 'email',
  frm=('Observatoire National de la Certification', 'etude@observatoire-certification.fr'),
  subj='Questionnaire certification périodique - un iPad à gagner',
  date='Thu, 13 Mar 2025 18:00:00 +0100',
  body='''Docteur,

En partenariat avec le Conseil national de l'Ordre des médecins, l'Observatoire National de la Certification réalise une étude sur la mise en œuvre de la certification périodique.

En remerciement de votre participation, un tirage au sort permettra de gagner un iPad Pro.

[[Je participe|https://observatoire-certification.fr/q/2025]]

Le questionnaire vous demandera votre numéro RPPS, votre date de naissance et l'adresse de connexion de votre compte Mon DPC, afin de vérifier votre éligibilité.''')

O('f47', 'fraud', 'fr', 'email',
  frm=('Plateforme Nationale des Certifications Médicales', 'contact@pncm-france.fr'),
  subj='Convocation : entretien de certification périodique',
  date='Wed, 04 Jun 2025 09:09:00 +0200',
  body='''Convocation

Docteur,

Vous êtes convoqué(e) à un entretien téléphonique de vérification de votre parcours de certification périodique.

Date proposée : mardi 10 juin 2025, entre 9h et 12h.
Si ce créneau ne vous convient pas, merci de contacter le secrétariat au 03 66 72 18 09 avant le 8 juin.

Lors de l'entretien, votre conseiller vous demandera de vous connecter à votre espace Mon DPC afin de vérifier vos actions en direct.

Plateforme Nationale des Certifications Médicales
Établissement placé sous la tutelle du ministère chargé de la santé''',
  ph=['+33366721809'])

O('f53', 'fraud', 'fr', 'email',
  frm=('Entraide Ordinale', 'entraide.ordinale.cnom@outlook.com'),
  subj='Appel à la solidarité confraternelle',
  date='Fri, 24 Jan 2025 20:20:20 +0100',
  body='''Chères consœurs, chers confrères,

La Commission Nationale d'Entraide lance un appel exceptionnel à la solidarité au profit d'un confrère gravement accidenté et de sa famille.

Vos dons peuvent être adressés par virement :
IBAN : FR76 3000 4028 3700 0113 9921 804
Bénéficiaire : Fonds Entraide Medecins

Ou par carte sur la cagnotte en ligne : [[Faire un don|https://www.leetchi-entraide-medecins.com/don]]

Merci pour votre générosité.
Pour la Commission Nationale d'Entraide''')

O('f55', 'fraud', 'fr', 'email',
  frm=('Mon DPC', 'inscriptions@mondpc.fr.action-inscription.com'),
  subj='Confirmez votre inscription à l\'action n° 99742425031',
  date='Mon, 10 Mar 2025 10:45:12 +0100',
  body='''Bonjour,

Une demande d'inscription à l'action de DPC n° 99742425031 « Prise en charge de l'insuffisance rénale chronique » a été déposée à votre nom.

Si vous n'êtes pas à l'origine de cette demande, annulez-la immédiatement, sinon votre forfait 2025 sera consommé :
[[Annuler l'inscription|https://mondpc.fr.action-inscription.com/annulation?id=99742425031]]

Mon DPC - Agence nationale du DPC''')

O('f56', 'fraud', 'fr', 'email',
  frm=('Assurance Maladie', 'rosp@ameli-versements.fr'),
  subj='Versement ROSP bloqué - confirmez votre RIB',
  date='Wed, 16 Apr 2025 11:11:00 +0200',
  body='''Docteur,

Le versement de votre rémunération sur objectifs de santé publique (ROSP) au titre de l'année 2024 est actuellement bloqué en raison d'une incohérence de coordonnées bancaires.

Montant : 4 812,36 €

Merci de confirmer votre RIB dans les meilleurs délais : [[Confirmer mon RIB|https://ameli-versements.fr/rosp/rib]]

Votre conseiller Assurance Maladie''')

O('f58', 'fraud', 'fr', 'email',
  frm=('Dr Marc Aubertin', 'marc.aubertin@cabinet-aubertin.fr'),
  subj='Urgent - petit service',
  date='Thu, 19 Dec 2024 15:35:00 +0100',
  body='''Bonjour cher confrère,

Je suis en congrès à l'étranger et je n'ai pas accès à mes comptes. Pourriez-vous m'acheter 4 cartes cadeaux Google Play de 100 € pour un patient ? Je vous rembourse dès mon retour lundi.

Envoyez-moi simplement les codes par retour de mail.

Merci infiniment,
Marc''')

O('f59', 'fraud', 'fr', 'email',
  frm=('Service Certification Médecins', ''),
  subj='Votre numéro de dossier certification : CP-2025-18830',
  date='Tue, 20 May 2025 08:20:00 +0200',
  body='''Bonjour Docteur,

Votre numéro de dossier de certification périodique est : CP-2025-18830.

Un accompagnateur certifié a été désigné pour vous aider à compléter votre parcours. Il vous contactera dans les prochains jours depuis le 04 65 84 30 17.

Afin de préparer l'entretien, merci de compléter vos informations : [[Mon dossier|https://dossier-certification-medecins.fr/cp/18830]]

Service Certification Médecins''',
  ph=['+33465843017'])

O('f60', 'fraud', 'fr', 'sms', frm=('', '+33 7 81 09 56 32'), ph=['+33781095632'],
  narr=[
   "Bonjour,\nJe vous transmets le contenu d'un SMS reçu ce jour du 07 81 09 56 32 :\n\"Dr, suite a la reforme DPC 2025 vos droits de formation de 2200 EUR doivent etre actives par un conseiller. Rappel au 07 81 09 56 32. STOP au 36111\"\nBien confraternellement",
  ])

# ---------------------------------------------------------------- FRAUD (en)
O('f18', 'fraud', 'en', 'email',
  frm=('DocuSign via Medical Training Partners', 'dse@docusign-envelope-cme.net'),
  subj='Please DocuSign: CME_Partnership_Agreement_2025.pdf',
  date='Mon, 13 Jan 2025 16:02:44 +0000',
  body='''Medical Training Partners sent you a document to review and sign.

REVIEW DOCUMENT
[[Review Document|https://docusign-envelope-cme.net/Signing/?ti=7d3e91]]

Dear Doctor,
Please review and sign the attached CME partnership agreement at your earliest convenience.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.''')

O('f19', 'fraud', 'en', 'email',
  frm=('IT Service Desk', 'it-helpdesk@mailbox-securesupport.com'),
  subj='Password Expiry Notice: Your password expires today',
  date='Wed, 05 Feb 2025 07:13:00 +0000',
  body='''Microsoft 365

Your account password is due to expire today.
To keep using your current password, please confirm below.

[[Keep Same Password|https://mailbox-securesupport.com/o365/keep?e=]]

If no action is taken, you will be signed out of Outlook, Teams and the hospital intranet.

Thanks,
IT Service Desk''')

O('f28', 'fraud', 'en', 'email',
  frm=('Mrs. Grace Mensah', 'grace.mensah1961@yahoo.com'),
  subj='Dear Doctor, kindly assist',
  date='Sat, 15 Mar 2025 02:55:00 +0000',
  body='''Dear Doctor,

I am Mrs Grace Mensah, widow of late Dr. Kwame Mensah who was a surgeon. Before his death he deposited the sum of USD 4,500,000 with a security company and his wish was that it will be used to support medical training for doctors.

I have chosen you because you are a medical professional of good reputation. I will need you to help me receive the fund and you will take 30% for your assistance.

Please reply with your full name, phone number and bank address so that I can give you more details.

God bless you,
Mrs Grace Mensah''')

O('f29', 'fraud', 'en', 'email',
  frm=('International Medical Licensing Council', 'verification@imlc-registry.org'),
  subj='Action Required: License Verification for EU Practice Register',
  date='Tue, 11 Mar 2025 12:00:00 +0000',
  body='''Dear Dr.,

As part of the new periodic recertification framework applicable to physicians practicing in the European Union, your medical license must be verified in the International Practice Register before 31 March 2025.

Physicians who fail to complete verification may have their right to practice suspended in participating countries.

Complete verification: [[Verify my license|https://imlc-registry.org/verify]]
Verification fee: EUR 195 (one-time)

Registry Office
International Medical Licensing Council''')

O('f30', 'fraud', 'en', 'email',
  frm=('CME Credits Center', 'no-reply@cmecredits-account.com'),
  subj='Your 18.5 CME credits will expire in 3 days',
  date='Thu, 27 Feb 2025 09:30:00 +0000',
  body='''Hello Doctor,

Our records show that 18.5 accredited CME credits linked to your account are due to expire on March 2.
Log in now to transfer them to your national recertification record.

[[Sign in to keep my credits|https://cmecredits-account.com/signin]]

Need help? Call +44 20 3807 6614.

CME Credits Center''',
  ph=['+442038076614'])

O('f42', 'fraud', 'en', 'email',
  frm=('SharePoint Online', 'no-reply@sharepoint-filedrop.com'),
  subj='Dr. Perrin shared "DPC_Attestation_2024.pdf" with you',
  date='Mon, 03 Feb 2025 10:02:11 +0100',
  body='''Dr. Perrin shared a file with you

DPC_Attestation_2024.pdf

This link only works for the direct recipients of this message.

[[Open|https://sharepoint-filedrop.com/:b:/r/sites/dpc/Attestation?e=4Tq9]]

Microsoft respects your privacy. To learn more, please read our Privacy Statement.''')

O('f48', 'fraud', 'en', 'email',
  frm=('European Board of Medical Recertification', 'renewals@ebmr-europe.eu'),
  subj='Periodic Certification Renewal - Invoice EBMR-2025-22871',
  date='Fri, 14 Feb 2025 08:00:00 +0000',
  body='''Dear Doctor,

Your periodic certification with the European Board of Medical Recertification is due for renewal.

Renewal fee: EUR 250.00
Due date: 28 February 2025

Payment by bank transfer to:
Beneficiary: EBMR Services Ltd
IBAN: LT62 3250 0674 1129 8830
SWIFT: REVOLT21

Or pay online: [[ebmr-europe.eu/pay|https://ebmr-europe.eu/pay/22871]]

Failure to renew will result in your name being removed from the European register of certified physicians.''')

O('f49', 'fraud', 'en', 'email',
  frm=('World Medical Congress Directory', 'accounts@wmc-directory.com'),
  subj='Overdue invoice INV-2024-8812 - listing of your practice',
  date='Tue, 26 Nov 2024 11:30:00 +0000',
  body='''Dear Sir/Madam,

This is a reminder that invoice INV-2024-8812 for the annual listing of your practice in the World Medical Congress Directory (EUR 1,190.00) remains unpaid.

As per the terms you accepted by returning the update form, the listing renews automatically for three years.

To avoid transfer of your file to our collection agency, please settle the amount within 7 days via [[our payment page|https://wmc-directory.com/pay/INV-2024-8812]].

Accounts Department''')

O('f51', 'fraud', 'en', 'email',
  frm=('Zoom', 'no-reply@zoom-meetings-invite.com'),
  subj='You missed a meeting: "Certification périodique - réunion d\'information CDOM"',
  date='Thu, 06 Mar 2025 18:41:00 +0100',
  body='''Hi,

You missed a scheduled Zoom meeting.

Topic: Certification périodique - réunion d'information CDOM
Host: Secrétariat CDOM

[[View recording|https://zoom-meetings-invite.com/rec/share/cdom-cp]]

Sign in with your work email to access the recording.

Thank you for choosing Zoom.''')

O('f52', 'fraud', 'en', 'email',
  frm=('DHL Express', 'notification@dhl-parcel-fees.com'),
  subj='Your parcel is on hold - customs fee EUR 2.99',
  date='Sat, 19 Apr 2025 09:03:00 +0200',
  body='''DHL Express

Your parcel (congress badge and documentation - sender: ESC Congress Office) is on hold at our depot.
A customs fee of EUR 2.99 is required for delivery.

[[Pay and schedule delivery|https://dhl-parcel-fees.com/pay?awb=4471093321]]

If the fee is not paid within 48 hours, the parcel will be returned to sender.''')

O('f57', 'fraud', 'en', 'email',
  frm=('Google Workspace', 'storage-alert@workspace-quota-notice.com'),
  subj='Your storage is full - emails will stop being delivered',
  date='Sun, 02 Mar 2025 23:10:00 +0100',
  body='''Your account storage is 100% full.
You won't be able to send or receive emails, including patient results.

Upgrade for free as part of your professional plan:
[[Get more storage|https://workspace-quota-notice.com/upgrade]]

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043''')

O('f61', 'fraud', 'en', 'email',
  frm=('Dr. James Whitfield', 'j.whitfield.md@gmail.com'),
  subj='Collaboration proposal - medical training programme in France',
  date='Mon, 24 Mar 2025 14:00:00 +0000',
  body='''Dear Colleague,

I represent a UK-based foundation willing to fund accredited CPD programmes for French general practitioners. We have a budget of GBP 250,000 and need a local doctor to coordinate.

Before we can send the first instalment, our bank requires a refundable compliance deposit of GBP 450 from the coordinator. I can send you the payment details by WhatsApp on +44 7700 184 392.

Kind regards,
Dr. James Whitfield''',
  ph=['+447700184392'])

O('f62', 'fraud', 'en', 'email',
  frm=('Microsoft account team', ''),
  subj='Unusual sign-in activity',
  date='Wed, 30 Apr 2025 04:12:00 +0000',
  body='''Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to your Microsoft account.

Country/region: Russia/Moscow
IP address: 185.220.101.4
Platform: Windows 10
Browser: Firefox

If this wasn't you, please [[review your recent activity|https://account-live-verify.com/review]] and secure your account.

Thanks,
The Microsoft account team''')

# ---------------------------------------------------------------- SPAM (fr)
O('s01', 'spam', 'fr', 'email',
  frm=('Form\'Action Santé', 'newsletter@formaction-sante.fr'),
  subj='DPC 2025 : « Antibiothérapie en ville » - sessions à Rennes, Nantes et en classe virtuelle',
  date='Tue, 14 Jan 2025 07:00:00 +0100',
  body='''Form'Action Santé - organisme de DPC enregistré auprès de l'ANDPC (n° 2875)

Bonjour Docteur,

Notre programme intégré « Antibiothérapie en ville : bon usage et résistances » (action n° 28752425011) ouvre ses inscriptions pour 2025 :
- Rennes : 7 mars et 4 avril 2025
- Nantes : 14 mars et 11 avril 2025
- Classe virtuelle : 2 x 3h30, en mai

Prise en charge ANDPC dans la limite de votre forfait annuel, indemnisation selon les règles en vigueur. L'inscription se fait par vous-même sur votre espace www.mondpc.fr (recherchez le numéro de l'action), puis sur notre site.

[[Voir le programme et s'inscrire|https://www.formaction-sante.fr/programmes/antibiotherapie-2025]]

Une question ? 02 99 41 27 80 (du lundi au vendredi).

Form'Action Santé SARL - 12 rue de Paris, 35000 Rennes
Vous recevez ce message car vous avez participé à l'une de nos formations. [[Se désinscrire|https://www.formaction-sante.fr/desinscription?m=7781]]''',
  ph=['+33299412780'])

O('s02', 'spam', 'fr', 'email',
  frm=('MedCampus', 'bonjour@medcampus.fr'),
  subj='Nouveau : 12 e-learnings DPC accessibles 24h/24',
  date='Thu, 06 Feb 2025 12:15:00 +0100',
  body='''Bonjour,

Vous manquez de temps ? Avec MedCampus, formez-vous à votre rythme, depuis votre cabinet ou votre canapé.

Ce trimestre, 12 nouveaux modules e-learning éligibles au DPC :
• Dépistage des cancers cutanés
• Insuffisance cardiaque : optimiser le traitement
• Troubles du sommeil de l'enfant
• … et 9 autres

Chaque module est référencé sur Mon DPC : après votre inscription sur mondpc.fr, vous recevez vos accès MedCampus par e-mail.

[[Découvrir le catalogue|https://www.medcampus.fr/catalogue?utm_source=newsletter&utm_campaign=fev25]]

À bientôt sur MedCampus !
L'équipe pédagogique

MedCampus SAS, organisme de DPC n° 9921. [[Gérer mes préférences|https://www.medcampus.fr/preferences]]''')

O('s03', 'spam', 'fr', 'email',
  frm=('Journées de Médecine Générale de l\'Ouest', 'inscriptions@jmgo-congres.fr'),
  subj='JMGO 2025 - Angers, 26-27 septembre : le programme est en ligne',
  date='Wed, 23 Apr 2025 10:00:00 +0200',
  body='''Chère consœur, cher confrère,

Les 14e Journées de Médecine Générale de l'Ouest se tiendront au Centre de congrès d'Angers les 26 et 27 septembre 2025.

Au programme : 4 plénières, 24 ateliers pratiques (dont 6 éligibles DPC), un forum installation et une session « certification périodique : où en est-on ? » avec des représentants du Conseil national de l'Ordre.

Tarif précoce jusqu'au 30 juin : 190 € (internes : 60 €).

[[Programme et inscriptions|https://www.jmgo-congres.fr/2025/programme]]

Le comité d'organisation''')

O('s04', 'spam', 'fr', 'email',
  frm=('Certipass Médecins', 'contact@certipass-medecins.fr'),
  subj='Certification périodique : y voir clair en 20 minutes',
  date='Mon, 10 Feb 2025 08:30:00 +0100',
  body='''Bonjour Docteur,

Certipass Médecins est une société privée de conseil. Nous ne sommes ni l'Ordre, ni l'ANS, ni l'ANDPC, et nous n'avons accès à aucun de vos comptes.

Ce que nous proposons : un entretien de 20 minutes en visio avec un médecin-conseil pour faire le point sur les 4 blocs de la certification périodique et construire votre plan d'actions sur 6 ans. Vous restez seul(e) à vous connecter à vos espaces et à vous inscrire.

Tarif : 79 € TTC l'entretien (non pris en charge par le DPC).
Nous ne vous demanderons jamais vos identifiants, mots de passe ou code de carte CPS.

[[Réserver un entretien|https://www.certipass-medecins.fr/rdv]]

Pour ne plus recevoir nos messages : [[désinscription|https://www.certipass-medecins.fr/stop]]
Certipass Médecins SAS - RCS Lyon 912 447 301''')

O('s05', 'spam', 'fr', 'email',
  frm=('AFMC Grand Est', 'secretariat@afmc-grandest.org'),
  subj='Soirée de formation - Diabète de type 2 : nouveautés 2025 (Metz, 13 mars)',
  date='Mon, 17 Feb 2025 18:05:00 +0100',
  body='''Association de Formation Médicale Continue du Grand Est

Chers amis,

Notre prochaine soirée aura lieu le jeudi 13 mars à 20h30 à l'hôtel de la Cathédrale, Metz.
Thème : diabète de type 2, place des nouvelles classes thérapeutiques, avec le Dr Schaller (endocrinologue, CHR Metz-Thionville).

Soirée non DPC, gratuite pour les adhérents (cotisation annuelle 40 €). Buffet offert.

Merci de confirmer votre présence par retour de mail ou sur [[notre site|https://www.afmc-grandest.org/soirees]].

Amicalement,
Le bureau de l'AFMC''')

O('s06', 'spam', 'fr', 'email',
  frm=('DPC Express', 'info@dpc-express.fr'),
  subj='⏰ Plus que 3 places ! Votre DPC 2024 avant le 31 décembre',
  date='Mon, 02 Dec 2024 07:45:00 +0100',
  body='''DERNIÈRE LIGNE DROITE !

Votre forfait DPC 2024 ne sera pas reporté en 2025. Il vous reste moins d'un mois pour l'utiliser.

Session « Urgences au cabinet » - classe virtuelle les 16 et 17 décembre.
PLUS QUE 3 PLACES.

✔ Action enregistrée à l'ANDPC (n° 41212425008)
✔ Prise en charge et indemnisation dans la limite de votre forfait
✔ Inscription en 5 minutes : inscrivez-vous d'abord sur votre compte mondpc.fr puis confirmez chez nous

[[JE RÉSERVE MA PLACE|https://www.dpc-express.fr/urgences-cabinet]]

DPC Express - organisme de formation, 8 avenue Foch, 69006 Lyon
Vous ne souhaitez plus recevoir nos offres ? [[Cliquez ici|https://www.dpc-express.fr/unsubscribe]]''')

O('s07', 'spam', 'fr', 'email',
  frm=('Cabinet+ Logiciel Médical', 'actus@cabinetplus-logiciel.fr'),
  subj='Nouveau module « Mon parcours certification » dans Cabinet+',
  date='Tue, 11 Mar 2025 11:00:00 +0100',
  body='''Bonjour,

La version 8.4 de Cabinet+ intègre un tableau de bord « Mon parcours certification » : saisissez vos formations, EPP et actions de prévention, et gardez une vue d'ensemble des 4 blocs.

Ce module ne se connecte ni à Mon DPC ni au compte de certification de l'ANS : il s'agit d'un aide-mémoire personnel, vos données restent sur votre poste.

Mise à jour gratuite pour les abonnés, disponible dès maintenant dans Aide > Mises à jour.

[[Voir la démo vidéo (3 min)|https://www.cabinetplus-logiciel.fr/demo/certification]]

L'équipe Cabinet+''')

O('s11', 'spam', 'fr', 'email',
  frm=('Laboratoires Vernaud', 'medical.info@vernaud-pharma.fr'),
  subj='Invitation - soirée scientifique « Asthme sévère de l\'adulte »',
  date='Wed, 08 Jan 2025 14:00:00 +0100',
  body='''Docteur,

Les Laboratoires Vernaud ont le plaisir de vous inviter à une soirée scientifique le mardi 28 janvier 2025 à 19h30, Brasserie du Théâtre, Grenoble.

Intervenant : Pr A. Michel, pneumologue, CHU Grenoble Alpes.

Conformément à la réglementation, cette hospitalité est déclarée sur la base Transparence-Santé. Soirée sans lien avec le DPC.

Réponse souhaitée avant le 20 janvier auprès de votre délégué(e) ou au 04 76 02 38 55.

Laboratoires Vernaud - Information médicale''',
  ph=['+33476023855'])

O('s12', 'spam', 'fr', 'email',
  frm=('SimuMed Centre de simulation', 'formations@simumed.fr'),
  subj='Ateliers de simulation DPC : urgences vitales au cabinet',
  date='Thu, 16 Jan 2025 09:00:00 +0100',
  body='''Bonjour,

Le centre SimuMed (Toulouse) propose en 2025 des ateliers de simulation haute fidélité pour les médecins libéraux :
— arrêt cardio-respiratoire au cabinet,
— anaphylaxie,
— détresse respiratoire de l'enfant.

Format : 1 journée, 8 participants maximum. Actions de DPC référencées à l'ANDPC, inscription via mondpc.fr.

Dates et inscriptions : https://www.simumed.fr/agenda

Centre SimuMed - 05 61 33 47 90''',
  ph=['+33561334790'])

O('s13', 'spam', 'fr', 'email',
  frm=('DPC en 1 clic', 'hello@dpcen1clic.com'),
  subj='Votre forfait DPC 2025 est là. On vous aide à le dépenser intelligemment 🙂',
  date='Mon, 20 Jan 2025 06:30:00 +0100',
  body='''Hello Docteur !

Bonne nouvelle : depuis le 1er janvier, votre forfait DPC 2025 est disponible (le montant exact est affiché dans votre espace sur agencedpc.fr).

Chez DPC en 1 clic, on a sélectionné 40 formations e-learning courtes, toutes référencées ANDPC. Vous choisissez, vous vous inscrivez sur Mon DPC, on s'occupe du reste (attestations, relances).

Nous ne vous demanderons JAMAIS vos identifiants Mon DPC : c'est vous qui validez votre inscription.

[[Parcourir les formations|https://www.dpcen1clic.com/formations]]

Bonne année et bonnes formations,
Julie, de DPC en 1 clic''')

O('s14', 'spam', 'fr', 'email',
  frm=('La Revue du Généraliste', 'abonnements@revuedugeneraliste.fr'),
  subj='-40 % sur votre abonnement + accès aux webinaires',
  date='Fri, 07 Mar 2025 10:00:00 +0100',
  body='''Docteur,

Abonnez-vous à La Revue du Généraliste à -40 % : 22 numéros papier + version numérique + accès illimité à nos webinaires mensuels (non DPC).

Offre valable jusqu'au 31 mars : 89 € au lieu de 149 €.

[[Je m'abonne|https://abonnement.revuedugeneraliste.fr/offre-mars]]

Service abonnements - 01 44 53 19 70''',
  ph=['+33144531970'])

O('s15', 'spam', 'fr', 'email',
  frm=('Urgence Formation Secours', 'contact@ufs-formation.fr'),
  subj='AFGSU 2 - recyclage obligatoire tous les 4 ans : nos dates 2025',
  date='Tue, 04 Feb 2025 15:20:00 +0100',
  body='''Bonjour,

Votre attestation AFGSU arrive peut-être à échéance ? Le recyclage est obligatoire tous les 4 ans.

Nous organisons des sessions de recyclage AFGSU 2 (1 journée) à Lille, Arras et Valenciennes. Tarif : 230 €, finançable par le FIF-PL selon votre situation.

Dates : https://ufs-formation.fr/afgsu-dates

Urgence Formation Secours - Centre agréé''')

O('s17', 'spam', 'fr', 'email',
  frm=('Le Podcast du Médecin Certifié', 'lettre@podcastmedecincertifie.fr'),
  subj='Épisode 14 : l\'auto-évaluation, le bloc qu\'on oublie',
  date='Sun, 16 Mar 2025 08:00:00 +0100',
  body='''Salut !

Dans l'épisode de cette semaine, on parle du bloc 3 de la certification périodique (relation avec les patients) avec une généraliste qui a monté un questionnaire patients dans son cabinet.

🎧 [[Écouter l'épisode 14|https://podcastmedecincertifie.fr/ep14]]

Rappel : ce podcast est indépendant, il n'est lié ni à l'Ordre ni à l'ANS. On ne vend rien ; si vous voulez nous soutenir, parlez-en à un confrère.

À la semaine prochaine,
Thomas (médecin généraliste, Besançon)

Vous êtes inscrit à la lettre du podcast. [[Se désabonner|https://podcastmedecincertifie.fr/unsub]]''')

O('s18', 'spam', 'fr', 'email',
  frm=('Urgences 2025', 'exposants@urgences-congres.fr'),
  subj='Urgences 2025 : dernières inscriptions à tarif réduit',
  date='Mon, 12 May 2025 09:00:00 +0200',
  body='''Le congrès de médecine d'urgence revient au Palais des Congrès de Paris du 4 au 6 juin 2025.

Plus de 250 sessions, ateliers de simulation, village des start-up.
Certaines sessions sont éligibles au DPC (programme sur le site).

Tarif réduit jusqu'au 18 mai.

[[S'inscrire|https://www.urgences-congres.fr/inscription]]

Désinscription : répondez STOP à ce message.''')

O('s19', 'spam', 'fr', 'email',
  frm=('DermaForm', 'dermaform@dermaform-dpc.fr'),
  subj='Dermoscopie pratique : programme DPC 2025 pour dermatologues et MG',
  date='Thu, 30 Jan 2025 13:30:00 +0100',
  body='''Madame, Monsieur,

DermaForm propose un programme de DPC en dermoscopie (niveau 1 et niveau 2), associant e-learning et une journée présentielle à Bordeaux ou Lille.

Actions enregistrées auprès de l'Agence nationale du DPC, éligibles à la prise en charge pour les médecins libéraux et salariés des centres de santé conventionnés.

Informations et dates : [[dermaform-dpc.fr|https://www.dermaform-dpc.fr/dermoscopie]]

Cordialement,
Le secrétariat de DermaForm

Conformément au RGPD, vous pouvez vous opposer à l'envoi de nos messages en écrivant à dermaform@dermaform-dpc.fr.''')

O('s20', 'spam', 'fr', 'email',
  frm=('RempliMed', 'news@remplimed.fr'),
  subj='23 nouvelles offres de remplacement dans votre département',
  date='Wed, 05 Mar 2025 19:00:00 +0100',
  body='''Bonjour,

Voici les nouvelles annonces publiées cette semaine près de chez vous :
- Remplacement MG 3 semaines juillet, cabinet de groupe, rétrocession 80 %
- Collaboration libérale, maison de santé, 4 jours/semaine
- … 21 autres annonces

[[Voir toutes les annonces|https://www.remplimed.fr/annonces?dep=49]]

RempliMed - la plateforme des remplacements médicaux
[[Se désabonner|https://www.remplimed.fr/alertes/off]]''')

O('s22', 'spam', 'fr', 'email',
  frm=('AGA Professions de Santé', 'formations@aga-profsante.fr'),
  subj='Formation gratuite pour les adhérents : déclaration 2035 et optimisation',
  date='Mon, 03 Mar 2025 10:30:00 +0100',
  body='''Docteur,

Notre association de gestion agréée organise une formation gratuite pour ses adhérents : « Bien remplir sa 2035 » (classe virtuelle, 2h).
Dates : 25 mars ou 3 avril, 13h-15h.

Inscription depuis votre espace adhérent : [[aga-profsante.fr|https://www.aga-profsante.fr/espace]]

Cette formation n'entre pas dans le cadre du DPC.

Le service formation''')

O('s23', 'spam', 'fr', 'email',
  frm=('Institut Européen de Nutrition Clinique', 'admissions@iencl.fr'),
  subj='Certificat privé en nutrition clinique - rentrée octobre 2025',
  date='Tue, 22 Apr 2025 09:45:00 +0200',
  body='''Docteur,

L'Institut Européen de Nutrition Clinique (établissement d'enseignement supérieur privé) ouvre les candidatures pour son certificat en nutrition clinique, 120 heures en ligne.

Ce certificat est un titre d'établissement privé : il ne s'agit pas d'un diplôme universitaire et il n'est pas pris en charge par l'ANDPC.

Tarif : 1 850 €. Réunion d'information en visio le 15 mai à 20h.

[[Candidater|https://www.iencl.fr/candidature]]''')

O('s24', 'spam', 'fr', 'email',
  frm=('Cardio Form Continue', 'programmes@cardioform-continue.fr'),
  subj='Programme intégré DPC « Insuffisance cardiaque » - 2 places libérées',
  date='Mon, 07 Apr 2025 08:15:00 +0200',
  body='''Bonjour Docteur,

Suite à deux désistements, deux places se libèrent dans notre programme intégré « Insuffisance cardiaque : du diagnostic au suivi » (action ANDPC n° 55022525004) :
- étape 1 : audit clinique en ligne (avant le 30 avril)
- étape 2 : journée présentielle à Marseille le 22 mai
- étape 3 : audit de suivi

Inscription : sur mondpc.fr avec le numéro d'action, puis [[confirmation sur notre site|https://www.cardioform-continue.fr/ic-2025]].

Contact : Mme Roux, 04 91 37 22 18.

Cardio Form Continue''',
  ph=['+33491372218'])

O('s26', 'spam', 'fr', 'email',
  frm=('Vitalia Assurances Pro', 'offres@vitalia-assurancespro.fr'),
  subj='Médecins libéraux : votre RCP à partir de 28 €/mois',
  date='Thu, 24 Apr 2025 11:00:00 +0200',
  body='''Docteur,

Comparez votre responsabilité civile professionnelle en 2 minutes. Vitalia Assurances Pro, courtier ORIAS n° 19004321, vous propose des garanties adaptées à votre spécialité.

[[Obtenir mon devis|https://www.vitalia-assurancespro.fr/devis-rcp]]

Offre soumise à conditions. Pour ne plus recevoir nos offres : [[désinscription|https://www.vitalia-assurancespro.fr/stop]]''')

# ---------------------------------------------------------------- SPAM (en)
O('s08', 'spam', 'en', 'email',
  frm=('ICDC 2025 Secretariat', 'info@icdc2025-lisbon.org'),
  subj='Call for abstracts - International Congress on Diabetes Care, Lisbon 2025',
  date='Tue, 28 Jan 2025 09:00:00 +0000',
  body='''Dear Colleague,

We are pleased to invite you to submit an abstract to the International Congress on Diabetes Care (ICDC 2025), held in Lisbon, Portugal, on 16-18 October 2025.

Topics include primary care management, technology in diabetes, and diabetic foot.
Abstract deadline: 15 May 2025. Early-bird registration: EUR 420.

[[Submit an abstract|https://www.icdc2025-lisbon.org/abstracts]]

ICDC 2025 Organising Secretariat
To unsubscribe from congress updates, [[click here|https://www.icdc2025-lisbon.org/unsubscribe]].''')

O('s09', 'spam', 'en', 'email',
  frm=('ClinicalEdge', 'webinars@clinicaledge.io'),
  subj='Free webinar: Managing polypharmacy in older adults (Thursday 7pm CET)',
  date='Mon, 10 Mar 2025 12:00:00 +0000',
  body='''Hi Doctor,

Join our free live webinar this Thursday at 7pm CET:
"Managing polypharmacy in older adults: a practical approach"
Speaker: Dr. Anna Kowalski, geriatrician.

This webinar is educational and sponsored; it does not provide CPD credits in France.

[[Save my seat|https://clinicaledge.io/webinars/polypharmacy]]

ClinicalEdge, 41 Baggot Street, Dublin 2, Ireland. [[Unsubscribe|https://clinicaledge.io/u/stop]]''')

O('s10', 'spam', 'en', 'email',
  frm=('Novasonix Medical', 'news@novasonix-medical.com'),
  subj='Meet the new Novasonix P7 handheld ultrasound',
  date='Wed, 19 Feb 2025 15:00:00 +0000',
  body='''Point-of-care ultrasound, now in your pocket.

The Novasonix P7 connects to your tablet and delivers clear images for lung, cardiac and abdominal assessment.
Special launch price for primary care physicians until April 30.

[[Book a demo|https://www.novasonix-medical.com/p7/demo]]

Novasonix Medical GmbH, Munich. You are receiving this email because you visited our booth at a medical fair. [[Unsubscribe|https://www.novasonix-medical.com/unsubscribe]]''')

O('s16', 'spam', 'en', 'email',
  frm=('Clinical Practice Review', 'subscriptions@clinpracticereview.com'),
  subj='Last chance: 50% off your annual subscription',
  date='Fri, 28 Mar 2025 17:00:00 +0000',
  body='''Dear Doctor,

For 3 more days, get 50% off an annual digital subscription to Clinical Practice Review: weekly evidence summaries, podcasts and our archive of 4,000 articles.

[[Claim my 50% discount|https://www.clinpracticereview.com/offer/spring]]

Clinical Practice Review Ltd, London. Manage your email preferences [[here|https://www.clinpracticereview.com/prefs]].''')

O('s21', 'spam', 'en', 'email',
  frm=('MedLearn Global', 'digest@medlearnglobal.com'),
  subj='This week: hypertension guidelines, long COVID, and a quiz',
  date='Sat, 05 Apr 2025 06:00:00 +0000',
  body='''MedLearn Global - Weekly Digest

• What the 2024 hypertension guidelines changed for primary care
• Long COVID: 3 years of evidence in 10 minutes
• Quiz of the week: ECG #212

[[Read the digest|https://www.medlearnglobal.com/digest/2025-14]]

You are subscribed to MedLearn Global weekly. [[Unsubscribe|https://www.medlearnglobal.com/unsubscribe]]''')

O('s25', 'spam', 'en', 'email',
  frm=('CongressTravel Partners', 'groups@congresstravel.eu'),
  subj='ESC Congress 2025 Madrid - hotel blocks still available',
  date='Tue, 03 Jun 2025 10:00:00 +0000',
  body='''Dear Doctor,

Hotel availability in Madrid during ESC Congress 2025 is getting scarce. We still hold rooms within 15 minutes of IFEMA from EUR 189/night.

CongressTravel Partners is an independent travel agency and is not affiliated with the European Society of Cardiology.

[[See available hotels|https://www.congresstravel.eu/esc2025]]

To stop receiving these offers, reply "unsubscribe".''')

# ---------------------------------------------------------------- LEGITIMATE (fr)
O('l01', 'legitimate', 'fr', 'email',
  frm=('Agence nationale du DPC', 'ne-pas-repondre@agencedpc.fr'),
  subj='Votre forfait DPC 2025 est disponible',
  date='Wed, 08 Jan 2025 10:00:00 +0100',
  body='''Bonjour,

Nous vous informons que votre forfait de prise en charge DPC pour l'année 2025 est disponible.

Vous pouvez consulter son montant, rechercher des actions et vous y inscrire depuis votre compte sur www.mondpc.fr.

Nous vous rappelons que l'Agence nationale du DPC ne vous contactera jamais par téléphone pour vous proposer une action de formation, et qu'aucun organisme n'est habilité à vous demander vos identifiants de connexion.

Pour toute question : [[page d'aide de l'ANDPC|https://www.agencedpc.fr/professionnel/]]

L'Agence nationale du Développement Professionnel Continu

Ce message est envoyé automatiquement, merci de ne pas y répondre.''')

O('l02', 'legitimate', 'fr', 'email',
  frm=('Mon DPC', 'ne-pas-repondre@mondpc.fr'),
  subj='Paiement de votre indemnisation',
  date='Tue, 25 Mar 2025 14:32:00 +0100',
  body='''Bonjour Docteur,

Un paiement de 690,00 € a été effectué à votre profit au titre de l'indemnisation pour perte de ressources, pour votre participation à l'action n° 99462425012.

Le virement sera visible sur votre compte bancaire sous 3 à 5 jours ouvrés.

Le détail de vos paiements est disponible dans votre espace, rubrique « Mes paiements » : [[www.mondpc.fr|https://www.mondpc.fr/]]

Cordialement,
L'Agence nationale du DPC''')

O('l03', 'legitimate', 'fr', 'email',
  frm=('Mon DPC', 'ne-pas-repondre@mondpc.fr'),
  subj='Mon DPC - Réinitialisation de votre mot de passe',
  date='Mon, 17 Feb 2025 21:48:06 +0100',
  body='''Bonjour,

Vous avez demandé la réinitialisation de votre mot de passe sur Mon DPC.

Pour définir un nouveau mot de passe, cliquez sur le lien suivant (valable 24 heures) :
[[Réinitialiser mon mot de passe|https://www.mondpc.fr/mondpc/reinitialisation?jeton=7c1e44b09a5f]]

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.

L'équipe Mon DPC''')

O('l04', 'legitimate', 'fr', 'email',
  frm=('Agence du Numérique en Santé', 'ne-pas-repondre@esante.gouv.fr'),
  subj='Certification périodique : votre compte personnel est ouvert',
  date='Thu, 15 May 2025 09:00:00 +0200',
  body='''Madame, Monsieur,

Dans le cadre de la certification périodique des professionnels de santé, l'Agence du Numérique en Santé, chargée de la gestion des comptes personnels, vous informe que votre compte est désormais accessible.

Vous pourrez vous y connecter via Pro Santé Connect, avec votre carte CPS ou votre e-CPS. Aucun identifiant ni mot de passe ne vous sera demandé par e-mail ou par téléphone.

Pour en savoir plus sur la certification périodique et le fonctionnement du compte : [[esante.gouv.fr|https://esante.gouv.fr/]]

L'ANS ne vous contactera jamais pour vous proposer des actions de formation. En cas de doute sur un message se réclamant de l'ANS, signalez-le à votre Ordre.

Agence du Numérique en Santé''')

O('l05', 'legitimate', 'fr', 'email',
  frm=('Conseil départemental de l\'Ordre des médecins', 'contact@cdom49.ordre.medecin.fr'),
  subj='Lettre d\'information du CDOM - mars 2025',
  date='Fri, 14 Mar 2025 16:00:00 +0100',
  body='''Chères consœurs, chers confrères,

Au sommaire de cette lettre :

1. Certification périodique : ce qu'il faut savoir
Le Conseil national a publié une page de questions-réponses sur la certification périodique. Rappel : seul l'Ordre est compétent pour contrôler le respect de l'obligation ; aucun organisme privé ne peut « valider » votre parcours.

2. Démarchages abusifs
Plusieurs confrères nous ont signalé des appels et SMS menaçant de « radiation ». Aucune radiation ne peut être prononcée en dehors de la chambre disciplinaire. Ne communiquez jamais vos identifiants.

3. Permanence juridique : le jeudi de 14h à 17h au 02 41 87 33 41.

[[Lire les questions-réponses sur le site du Conseil national|https://www.conseil-national.medecin.fr/medecin/exercice/certification-periodique]]

Bien confraternellement,
Le Président du Conseil départemental''',
  ph=['+33241873341'])

O('l06', 'legitimate', 'fr', 'email',
  frm=('Ordre des médecins - Cotisations', 'cotisations@ordre.medecin.fr'),
  subj='Dernier rappel : cotisation ordinale 2025',
  date='Mon, 05 May 2025 09:30:00 +0200',
  body='''Docteur,

Sauf erreur de notre part, nous n'avons pas encore reçu le règlement de votre cotisation ordinale 2025.

Nous vous rappelons que la cotisation est obligatoire pour tout médecin inscrit au tableau (article L.4122-2 du code de la santé publique).

Vous pouvez la régler en ligne depuis votre espace personnel sur le site du Conseil national ([[www.conseil-national.medecin.fr|https://www.conseil-national.medecin.fr/]], rubrique « Mon espace »), ou par chèque à l'ordre du Conseil national de l'Ordre des médecins, en joignant l'appel de cotisation.

Si vous avez réglé récemment, merci de ne pas tenir compte de ce message.

Service des cotisations
Conseil national de l'Ordre des médecins''')

O('l07', 'legitimate', 'fr', 'email',
  frm=('Conseil départemental de l\'Ordre des médecins de la Gironde', 'secretariat@cdom33.ordre.medecin.fr'),
  subj='Circulaire - Fraude : démarchage abusif au DPC et à la certification périodique',
  date='Wed, 02 Oct 2024 11:15:00 +0200',
  body='''Chère consœur, cher confrère,

Nous constatons l'émergence de démarchages abusifs auprès des médecins dans le cadre du DPC et de la certification périodique : appels se présentant comme « l'organisme chargé de valider votre droit d'exercer », menaces de radiation, SMS « réinitialiser mon mot de passe » dont vous n'êtes pas à l'initiative.

Nous vous rappelons que :
- l'Ordre des médecins est la seule entité compétente pour valider le parcours de certification périodique ;
- aucune radiation ne peut être prononcée en dehors d'une décision de la chambre disciplinaire ;
- l'ANS et l'ANDPC ne vous contacteront jamais directement pour vous proposer des actions ;
- la « direction régionale de certification périodique » n'existe pas.

Ne communiquez jamais vos identifiants. Vérifiez que les liens pointent vers un site légitime, par exemple l'adresse officielle du DPC : https://www.agencedpc.fr/professionnel/

Vous pouvez nous transmettre tout message suspect à l'adresse de signalement du Conseil départemental.

Le Conseil départemental''')

O('l08', 'legitimate', 'fr', 'email',
  frm=('Fédération des Spécialités Médicales', 'contact@specialitesmedicales.org'),
  subj='CNP : les référentiels de certification périodique de votre spécialité',
  date='Tue, 29 Apr 2025 10:00:00 +0200',
  body='''Chère consœur, cher confrère,

Les Conseils nationaux professionnels (CNP) ont élaboré, pour chaque spécialité, un référentiel de certification périodique précisant les actions recommandées pour chacun des quatre blocs.

Les référentiels validés sont consultables sur notre site : [[Référentiels des CNP|https://www.specialitesmedicales.org/certification-periodique/]]

Pour toute question relative à votre spécialité, rapprochez-vous de votre CNP.

La Fédération des Spécialités Médicales''')

O('l09', 'legitimate', 'fr', 'email',
  frm=('HAS - Haute Autorité de Santé', 'newsletter@has-sante.fr'),
  subj='HAS Actualités - Nouvelles recommandations et outils pour la pratique',
  date='Thu, 20 Feb 2025 08:00:00 +0100',
  body='''HAS Actualités n° 312

• Recommandation : prise en charge de la dépression de l'adulte en premier recours
• Fiche mémo : antibiothérapie des infections urinaires
• Certification périodique : les méthodes d'évaluation des pratiques reconnues

[[Lire la lettre|https://www.has-sante.fr/jcms/p_3590123/fr/has-actualites-312]]

Vous recevez cette lettre car vous y êtes abonné. [[Se désabonner|https://www.has-sante.fr/jcms/c_1771214/fr/abonnements]]''')

O('l10', 'legitimate', 'fr', 'email',
  frm=('Ministère du Travail, de la Santé et des Solidarités', 'ne-pas-repondre@sante.gouv.fr'),
  subj='Certification périodique des professionnels de santé : publication du décret',
  date='Mon, 13 Jan 2025 17:30:00 +0100',
  body='''Madame, Monsieur,

Le décret relatif à la certification périodique de certains professionnels de santé a été publié au Journal officiel.

Il précise les modalités de mise en œuvre de l'obligation, le rôle des conseils nationaux professionnels et des ordres, ainsi que le fonctionnement du compte individuel géré par l'Agence du numérique en santé.

Retrouvez le dossier complet : [[sante.gouv.fr - certification périodique|https://sante.gouv.fr/professionnels/gerer-un-etablissement-de-sante-medico-social/certification-periodique]]

Direction générale de l'offre de soins''')

O('l11', 'legitimate', 'fr', 'email',
  frm=('Scolarité DU - Faculté de Santé', 'scolarite-du-sante@u-bordeaux.fr'),
  subj='DU Médecine du sport - confirmation d\'inscription et paiement des droits',
  date='Tue, 10 Sep 2024 14:20:00 +0200',
  body='''Bonjour,

Votre candidature au DU Médecine et traumatologie du sport a été acceptée par le responsable pédagogique.

Pour finaliser votre inscription administrative, merci de régler les droits (1 250 € de droits pédagogiques + droits universitaires) sur la plateforme de paiement de l'université avant le 30 septembre : [[Finaliser mon inscription|https://apoflux.u-bordeaux.fr/inscriptions/du]]

Pièces à déposer : copie de la carte CPS ou attestation d'inscription à l'Ordre, pièce d'identité.

Service de formation continue - Scolarité DU
Université de Bordeaux''')

O('l12', 'legitimate', 'fr', 'email',
  frm=('Cellule DPC - CHU de Nantes', 'dpc@chu-nantes.fr'),
  subj='Votre inscription à la formation « Transfusion sanguine » est validée',
  date='Thu, 21 Nov 2024 09:40:00 +0100',
  body='''Bonjour Docteur,

Votre inscription à l'action de DPC « Sécurité transfusionnelle » du 12 décembre 2024 (salle 3, bâtiment Jean Monnet) est validée.

Pour les praticiens hospitaliers, l'action est financée par l'établissement au titre du plan de DPC médical : aucune démarche sur Mon DPC n'est nécessaire.

Merci de signer la feuille d'émargement le jour J. L'attestation vous sera transmise par la cellule DPC.

Cellule DPC médical - Direction des affaires médicales
Poste 83 412''')

O('l13', 'legitimate', 'fr', 'email',
  frm=('L\'Assurance Maladie', 'ne-pas-repondre@assurance-maladie.fr'),
  subj='Votre relevé mensuel est disponible dans amelipro',
  date='Fri, 07 Feb 2025 06:00:00 +0100',
  body='''Docteur,

Votre relevé mensuel d'activité du mois de janvier 2025 est disponible dans votre espace amelipro.

Pour le consulter, connectez-vous à amelipro avec votre carte CPS ou votre e-CPS depuis [[ameli.fr|https://www.ameli.fr/medecin]].

Pour votre sécurité, l'Assurance Maladie ne vous demandera jamais vos coordonnées bancaires ou vos identifiants par e-mail.

L'Assurance Maladie''')

O('l14', 'legitimate', 'fr', 'email',
  frm=('Urssaf', 'ne-pas-repondre@urssaf.fr'),
  subj='Un nouveau document est disponible dans votre espace',
  date='Wed, 15 Jan 2025 08:12:00 +0100',
  body='''Bonjour,

Un nouveau document est disponible dans votre espace en ligne : votre échéancier de cotisations 2025.

Pour le consulter, connectez-vous sur [[urssaf.fr|https://www.urssaf.fr/accueil.html]] avec vos identifiants habituels.

Ceci est un message automatique, merci de ne pas y répondre.

Votre Urssaf''')

O('l15', 'legitimate', 'fr', 'email',
  frm=('Mon DPC', 'ne-pas-repondre@mondpc.fr'),
  subj='Confirmation de votre inscription à une action de DPC',
  date='Thu, 06 Mar 2025 19:12:44 +0100',
  body='''Bonjour,

Votre inscription à l'action n° 28752425011 « Antibiothérapie en ville : bon usage et résistances », session 3, proposée par l'organisme Form'Action Santé, a bien été enregistrée.

Dates de la session : du 14/03/2025 au 11/04/2025.

Vous pouvez consulter ou annuler votre inscription depuis votre espace : [[Accéder à Mon DPC|https://www.mondpc.fr/]]

L'Agence nationale du DPC''')

O('l16', 'legitimate', 'fr', 'email',
  frm=('Agence nationale du DPC', 'ne-pas-repondre@agencedpc.fr'),
  subj='Rappel : votre forfait 2024 n\'est pas reporté sur 2025',
  date='Tue, 26 Nov 2024 10:00:00 +0100',
  body='''Bonjour,

Nous vous rappelons que le forfait de prise en charge DPC est annuel : les montants non utilisés au 31 décembre 2024 ne sont pas reportés sur l'année suivante.

Les inscriptions aux sessions 2024 restent possibles jusqu'à la veille du démarrage de la session, depuis votre compte www.mondpc.fr.

Attention aux sollicitations : l'ANDPC ne mandate aucun organisme pour vous contacter par téléphone, et aucun interlocuteur n'a à connaître votre mot de passe.

Agence nationale du DPC
[[www.agencedpc.fr|https://www.agencedpc.fr/]]''')

O('l17', 'legitimate', 'fr', 'email',
  frm=('ARS Pays de la Loire', 'ars-pdl-communication@ars.sante.fr'),
  subj='Lettre aux professionnels de santé - Vaccination et épidémies hivernales',
  date='Thu, 17 Oct 2024 12:00:00 +0200',
  body='''Lettre d'information de l'ARS Pays de la Loire aux professionnels de santé

- Campagne de vaccination grippe et Covid-19 : démarrage le 15 octobre
- Bronchiolite : rappel de l'organisation régionale
- Appel à projets « exercice coordonné » : dépôt avant le 30 novembre

[[Lire la lettre en ligne|https://www.pays-de-la-loire.ars.sante.fr/lettre-pro-octobre-2024]]

ARS Pays de la Loire - 17 boulevard Gaston Doumergue, Nantes''')

O('l18', 'legitimate', 'fr', 'email',
  frm=('e-CPS', 'ne-pas-repondre@esante.gouv.fr'),
  subj='Code d\'activation de votre e-CPS',
  date='Sat, 12 Apr 2025 10:21:33 +0200',
  body='''Bonjour,

Vous avez demandé l'activation de votre carte CPS dématérialisée (e-CPS) depuis l'application e-CPS.

Votre code d'activation : 418 207

Saisissez ce code dans l'application pour poursuivre. Il est valable 15 minutes.

Si vous n'êtes pas à l'origine de cette demande, ne communiquez ce code à personne.

Agence du Numérique en Santé''', html=False)

O('l19', 'legitimate', 'fr', 'email',
  frm=('Doctolib', 'no-reply@doctolib.fr'),
  subj='Réinitialisez votre mot de passe',
  date='Mon, 09 Dec 2024 07:58:00 +0100',
  body='''Bonjour,

Vous avez demandé à réinitialiser le mot de passe de votre compte Doctolib Pro.

[[Réinitialiser mon mot de passe|https://pro.doctolib.fr/password/edit?reset_password_token=Hq8xS2v]]

Ce lien expirera dans 2 heures. Si vous n'avez pas fait cette demande, vous pouvez ignorer cet e-mail.

L'équipe Doctolib''')

O('l20', 'legitimate', 'fr', 'email',
  frm=('MSSanté', 'ne-pas-repondre@mssante.fr'),
  subj='Votre messagerie sécurisée de santé : nouvelles fonctionnalités',
  date='Tue, 18 Mar 2025 09:00:00 +0100',
  body='''Bonjour,

Votre messagerie sécurisée de santé évolue : recherche dans l'annuaire national améliorée, accusés de lecture et taille des pièces jointes portée à 20 Mo.

Découvrez les nouveautés : [[mssante.fr|https://www.mssante.fr/]]

L'équipe MSSanté - Agence du Numérique en Santé''')

O('l21', 'legitimate', 'fr', 'email',
  frm=('Julien Mercier', 'julien.mercier.mg@gmail.com'),
  subj='groupe de pairs jeudi - compte rendu + doodle',
  date='Sun, 19 Jan 2025 21:05:00 +0100',
  body='''Salut à tous,

Comme convenu jeudi, je vous envoie le CR de la séance sur les IPP (en PJ). Pour la prochaine, on avait dit les anticoagulants chez le sujet âgé : qui présente ?

Doodle pour la date : [[https://doodle.com/meeting/participate/id/e5Ln8w7a|https://doodle.com/meeting/participate/id/e5Ln8w7a]]

Pensez aussi à garder les feuilles de présence, ça compte pour la certif (bloc 1 si j'ai bien compris).

Bonne semaine,
Julien''')

O('l22', 'legitimate', 'fr', 'email',
  frm=('Sylvie Gautier', 'sylvie.gautier56@laposte.net'),
  subj='Ordonnance renouvellement',
  date='Tue, 04 Mar 2025 08:47:00 +0100',
  body='''Bonjour Docteur,

Je suis votre patiente (Mme Gautier Sylvie, née le 12/06/1956). Mon traitement pour la tension arrive à la fin et je pars chez ma fille jusqu'au 20 mars. Serait-il possible de déposer une ordonnance au secrétariat que mon mari passera prendre ?

Merci beaucoup et bonne journée,
Sylvie Gautier''', html=False)

O('l23', 'legitimate', 'fr', 'email',
  frm=('Conseil départemental de l\'Ordre des médecins du Nord', 'cdom59@ordre.medecin.fr'),
  subj='Vos identifiants pour l\'espace médecin du site ordinal',
  date='Mon, 24 Feb 2025 11:45:00 +0100',
  body='''Docteur,

Suite à votre demande téléphonique de ce jour, nous vous confirmons que votre adresse électronique a été mise à jour dans notre fichier.

Vous pouvez désormais créer vos identifiants pour l'espace médecin du site du Conseil national en suivant la procédure « Première connexion » sur [[www.conseil-national.medecin.fr|https://www.conseil-national.medecin.fr/]]. Aucun mot de passe ne vous sera communiqué par e-mail ou par téléphone.

Restant à votre disposition,
Le secrétariat du Conseil départemental du Nord''')

O('l29', 'legitimate', 'fr', 'email',
  frm=('Service-Public.fr', 'ne-pas-repondre@service-public.fr'),
  subj='Votre démarche a bien été enregistrée',
  date='Wed, 11 Dec 2024 13:20:00 +0100',
  body='''Bonjour,

Votre démarche « Demande d'acte de naissance » a été transmise à la mairie concernée sous le numéro 2024-1211-88412.

Vous pouvez suivre son avancement dans votre espace : [[service-public.fr|https://www.service-public.fr/compte/mes-demarches]]

Service-Public.fr, le site officiel de l'administration française''')

O('l30', 'legitimate', 'fr', 'email',
  frm=('impots.gouv.fr', 'ne-pas-repondre@dgfip.finances.gouv.fr'),
  subj='Vous avez reçu un nouveau message dans votre espace professionnel',
  date='Thu, 10 Apr 2025 06:30:00 +0200',
  body='''Madame, Monsieur,

Un nouveau message est disponible dans la messagerie sécurisée de votre espace professionnel.

Pour le consulter, connectez-vous à votre espace sur impots.gouv.fr.

Cet e-mail est envoyé automatiquement. Merci de ne pas y répondre.

La Direction générale des Finances publiques''', html=False)

O('l31', 'legitimate', 'fr', 'email',
  frm=('Haute Autorité de Santé', 'contact.certification@has-sante.fr'),
  subj='Consultation publique : méthodes d\'évaluation pour la certification périodique',
  date='Mon, 02 Jun 2025 10:00:00 +0200',
  body='''Madame, Monsieur,

La HAS ouvre une consultation publique sur le projet de guide des méthodes d'évaluation des pratiques reconnues dans le cadre de la certification périodique.

Vous pouvez contribuer jusqu'au 30 juin 2025 : [[Participer à la consultation|https://www.has-sante.fr/jcms/p_3612201/fr/consultation-publique-certification-periodique]]

La participation est libre et facultative ; aucune donnée de connexion ne vous sera demandée.

Service Évaluation et outils pour la qualité et la sécurité des soins''')

O('l32', 'legitimate', 'fr', 'email',
  frm=('Conseil national de l\'Ordre des médecins', 'bulletin@ordre.medecin.fr'),
  subj='Médecins, le bulletin de l\'Ordre - n° 94',
  date='Fri, 28 Feb 2025 07:00:00 +0100',
  body='''Médecins n° 94 - Janvier-février 2025

Dossier : certification périodique, mode d'emploi
Le point sur les quatre blocs, le rôle des CNP, et ce que fera (et ne fera pas) l'Ordre. Rappel : aucun démarcheur n'est mandaté par l'Ordre.

Aussi dans ce numéro : la permanence des soins ; l'entraide ordinale ; le dossier médical partagé.

[[Lire le bulletin en ligne|https://www.conseil-national.medecin.fr/publications/bulletins/medecins-94]]''')

O('l33', 'legitimate', 'fr', 'email',
  frm=('Commission médicale d\'établissement - AP-HP', 'cme.secretariat@aphp.fr'),
  subj='CME - ordre du jour de la séance du 8 avril et plan de DPC médical 2025',
  date='Tue, 01 Apr 2025 15:00:00 +0200',
  body='''Mesdames, Messieurs,

Vous trouverez ci-dessous l'ordre du jour de la séance plénière de la CME du mardi 8 avril :
1. Approbation du procès-verbal de la séance du 11 mars
2. Plan de DPC médical 2025 : présentation par la sous-commission DPC
3. Certification périodique : accompagnement des praticiens
4. Questions diverses

Les documents préparatoires sont disponibles sur l'intranet (accès depuis le réseau AP-HP).

Le secrétariat de la CME''', html=False)

O('l34', 'legitimate', 'fr', 'email',
  frm=('CPAM de Maine-et-Loire', 'conseillers-informatique-service.cpam-angers@assurance-maladie.fr'),
  subj='Prise de rendez-vous - accompagnement amelipro / e-CPS',
  date='Thu, 23 Jan 2025 14:10:00 +0100',
  body='''Docteur,

Suite à votre appel, je vous confirme notre rendez-vous au cabinet le mardi 28 janvier à 12h30 pour vous accompagner dans l'activation de votre e-CPS et la prise en main des nouveaux services amelipro.

Merci de vous munir de votre carte CPS et de votre téléphone portable. Je ne vous demanderai aucun code : c'est vous qui réaliserez les manipulations.

Bien cordialement,
Karine Lemoine
Conseillère informatique service - CPAM de Maine-et-Loire
02 41 81 76 23''',
  ph=['+33241817623'], html=False)

O('l35', 'legitimate', 'fr', 'email',
  frm=('Département de formation continue - Université Paris Cité', 'du-sante@u-paris.fr'),
  subj='Candidature DU Gynécologie pour le médecin généraliste - pièces manquantes',
  date='Mon, 08 Jul 2024 10:30:00 +0200',
  body='''Bonjour,

Nous accusons réception de votre candidature au DU « Gynécologie et obstétrique pour le médecin généraliste ».

Votre dossier est incomplet : il manque votre CV et la lettre de motivation. Merci de les déposer sur la plateforme de candidature avant le 15 juillet : [[Mon dossier de candidature|https://candidatures.u-paris.fr/fc/dossier]]

Bien cordialement,
Département de formation continue en santé''')

O('l36', 'legitimate', 'fr', 'email',
  frm=('Mon DPC', 'ne-pas-repondre@mondpc.fr'),
  subj='Annulation d\'une session de DPC',
  date='Wed, 30 Apr 2025 16:05:00 +0200',
  body='''Bonjour,

L'organisme Cardio Form Continue nous informe de l'annulation de la session 2 de l'action n° 55022525004 « Insuffisance cardiaque : du diagnostic au suivi », à laquelle vous étiez inscrit(e).

Votre forfait n'est pas impacté. Vous pouvez vous inscrire à une autre session depuis votre espace [[Mon DPC|https://www.mondpc.fr/]].

L'Agence nationale du DPC''')

O('l37', 'legitimate', 'fr', 'email',
  frm=('Mon DPC', 'ne-pas-repondre@mondpc.fr'),
  subj='Modification de vos coordonnées bancaires',
  date='Sun, 23 Feb 2025 20:41:10 +0100',
  body='''Bonjour,

Les coordonnées bancaires associées à votre compte Mon DPC ont été modifiées le 23/02/2025 à 20:40.

Si vous êtes à l'origine de cette modification, vous n'avez rien à faire.

Dans le cas contraire, connectez-vous immédiatement à votre compte sur www.mondpc.fr pour modifier votre mot de passe, et contactez l'assistance de l'Agence nationale du DPC.

L'Agence nationale du DPC''', html=False)

O('l38', 'legitimate', 'fr', 'email',
  frm=('Conseil départemental de l\'Ordre des médecins de Loire-Atlantique', 'cdom44@ordre.medecin.fr'),
  subj='Convocation - réunion d\'information certification périodique (19 juin)',
  date='Tue, 20 May 2025 10:20:00 +0200',
  body='''Chère consœur, cher confrère,

Le Conseil départemental organise une réunion d'information sur la certification périodique le jeudi 19 juin à 20h, à la Maison des médecins, 2 rue Bisson à Nantes.

Au programme : présentation du dispositif, démonstration du compte personnel, questions-réponses.

Merci de confirmer votre présence en répondant à ce message.

Bien confraternellement,
Le Secrétaire général''')

O('l40', 'legitimate', 'fr', 'email',
  frm=('Collège de la Médecine Générale', 'contact@lecmg.fr'),
  subj='CNP de médecine générale : le référentiel de certification périodique est publié',
  date='Wed, 26 Mar 2025 09:00:00 +0100',
  body='''Chères consœurs, chers confrères,

Le Collège de la Médecine Générale, conseil national professionnel de la spécialité, a publié le référentiel de certification périodique des médecins généralistes.

Vous y trouverez, pour chacun des quatre blocs, les actions recommandées et des exemples concrets adaptés à l'exercice en soins primaires.

[[Consulter le référentiel|https://lecmg.fr/certification-periodique/]]

Le CMG''')

# ---------------------------------------------------------------- LEGITIMATE (en)
O('l24', 'legitimate', 'en', 'email',
  frm=('ESC Congress Registration', 'registration@escardio.org'),
  subj='Your registration confirmation - ESC Congress 2025',
  date='Thu, 22 May 2025 11:02:00 +0200',
  body='''Dear Doctor,

Thank you for registering for ESC Congress 2025 in Madrid, 29 August - 1 September.

Registration number: ESC25-418822
Category: Delegate - ESC Professional Member

Your badge will be available for collection on site with the QR code in your My ESC account: [[My ESC account|https://www.escardio.org/myESC]]

ESC Congress Registration Team''')

O('l25', 'legitimate', 'en', 'email',
  frm=('BMJ', 'no-reply@bmj.com'),
  subj='Reset your BMJ password',
  date='Sun, 06 Apr 2025 22:14:00 +0100',
  body='''Hello,

We received a request to reset the password for your BMJ account.

[[Reset password|https://myaccount.bmj.com/password-reset?token=kY72aa]]

If you didn't make this request, you can ignore this email.

BMJ Customer Services''')

O('l26', 'legitimate', 'en', 'email',
  frm=('UpToDate', 'cme@uptodate.com'),
  subj='Your CME/CE certificate is ready',
  date='Tue, 14 Jan 2025 15:30:00 -0500',
  body='''Dear Doctor,

You have redeemed 12.5 CME credits. Your certificate is available in your UpToDate account under "CME/CE/CPD".

[[View my certificate|https://www.uptodate.com/cme/certificates]]

Please note that international CME credits may need to be declared separately in your national recertification scheme.

UpToDate, Wolters Kluwer''')

O('l27', 'legitimate', 'en', 'email',
  frm=('Zoom', 'no-reply@zoom.us'),
  subj='Certification périodique - webinaire du CDOM Confirmation',
  date='Mon, 16 Jun 2025 12:00:00 +0200',
  body='''Hi Doctor,

Thank you for registering for "Certification périodique - webinaire du CDOM".

Date & Time: Jun 26, 2025 08:00 PM Paris

Join from PC, Mac, iPad, or Android: [[Click Here to Join|https://us06web.zoom.us/w/86512294471?tk=Yt7q]]
Note: This link should not be shared with others; it is unique to you.''')

O('l28', 'legitimate', 'en', 'email',
  frm=('Medscape', 'news@mail.medscape.com'),
  subj='Medscape: Reset your password',
  date='Wed, 09 Oct 2024 18:20:00 -0400',
  body='''You recently requested to reset your Medscape password.

[[Create a new password|https://login.medscape.com/login/sso/resetpassword?tk=91bd]]

If you did not request a password reset, please ignore this email or contact customer support.

Medscape, WebMD LLC''')

O('l39', 'legitimate', 'en', 'email',
  frm=('NEJM Group', 'nejmcustomerservice@nejm.org'),
  subj='Your NEJM subscription renews soon',
  date='Fri, 01 Nov 2024 13:00:00 -0400',
  body='''Dear Subscriber,

Your NEJM digital subscription will renew automatically on November 15, 2024 using the payment method on file.

You can review your subscription or turn off automatic renewal at any time in your account: [[nejm.org/account|https://www.nejm.org/account]]

NEJM Group Customer Service''')
