# -*- coding: utf-8 -*-
"""Hand-written originals for the unseen_d acceptance set.

Each original: id, label, lang, kind (email|sms|call), sender name/address, reply_to,
subject, date (y, m, d, h, mi), body.  Links inside a body are written [[shown text|target]]
or [[url]] when the shown text is the URL itself.  `domains` = hand-written registered
domains of every link target plus every domain written as plain text; `phones` = E.164.
Campaign originals carry {GREET} (personalised greeting) and {TK} (tracking value).
"""
O = []


def M(id, label, lang, kind='email', name='', addr='', reply_to='', subject='', date=(2024, 6, 1, 9, 0),
      body='', phones=(), domains=(), html=True, campaign=''):
    O.append(dict(id=id, label=label, lang=lang, kind=kind, name=name, addr=addr, reply_to=reply_to,
                  subject=subject, date=date, body=body.strip('\n'), phones=list(phones),
                  domains=list(domains), html=html, campaign=campaign))


# ---------------------------------------------------------------- campaigns (12)
M('c01_dirreg_cp', 'fraud', 'fr', name='Direction Régionale Certification Périodique',
  addr='notification@certif-periodique-medecins.fr', reply_to='dossiers@certif-periodique-medecins.fr',
  subject='Votre obligation de certification périodique - action requise avant le 30/06',
  date=(2024, 5, 21, 8, 47), campaign='dirreg_cp',
  body="""
{GREET}

Dans le cadre de l'ordonnance n°2021-961 relative à la certification périodique des professionnels de santé, notre direction régionale est chargée de vérifier l'état d'avancement de votre parcours.

Nos services constatent qu'aucune action n'est enregistrée à ce jour sur votre compte. Sans régularisation avant le 30 juin, votre dossier sera transmis au Conseil de l'Ordre pour suspension de votre droit d'exercice.

Pour éviter toute interruption, il vous suffit de compléter votre dossier en ligne (5 minutes) :

[[Compléter mon dossier de certification|https://certif-periodique-medecins.fr/dossier?ref={TK}]]

Les actions proposées sont intégralement prises en charge au titre de vos droits DPC 2024. Un conseiller peut également vous accompagner au 01 84 80 43 12 (du lundi au vendredi, 9h-18h).

Direction Régionale de Certification Périodique
Pôle accompagnement des médecins
""", phones=['+33184804312'], domains=['certif-periodique-medecins.fr'])

M('c02_andpc_reset', 'fraud', 'fr', name='Agence nationale du DPC', addr='no-reply@agencedpc-securite.com',
  subject='Réinitialisation de votre mot de passe', date=(2024, 9, 10, 6, 12), campaign='andpc_reset',
  body="""
{GREET}

Nous avons reçu une demande de réinitialisation du mot de passe associé à votre compte professionnel sur www.mondpc.fr.

Si vous êtes à l'origine de cette demande, cliquez sur le lien ci-dessous pour définir un nouveau mot de passe. Ce lien expire dans 24 heures.

[[https://www.mondpc.fr/mondpc/reinitialisation|https://mondpc-fr.account-verif.net/reset?u={TK}]]

Si vous n'êtes pas à l'origine de cette demande, nous vous invitons à sécuriser votre compte immédiatement en confirmant votre identité via le même lien, faute de quoi votre compte sera bloqué et vos actions DPC en cours annulées.

L'équipe Mon DPC
Agence nationale du Développement Professionnel Continu
""", domains=['account-verif.net', 'mondpc.fr'])

M('c03_ameli_sms', 'fraud', 'fr', kind='sms', name='AMELI-PRO', campaign='ameli_sms', date=(2024, 11, 4, 19, 3),
  body="""AMELI PRO : votre carte CPS arrive a expiration, vos teletransmissions seront suspendues le 08/11. Renouvelez-la ici : https://ameli-pro-renouvellement.info/cps""",
  domains=['ameli-pro-renouvellement.info'])

M('c04_ordre_cotis', 'fraud', 'fr', name="Conseil national de l'Ordre des médecins",
  addr='cotisation@ordre-medecins-paiement.fr', subject='Cotisation ordinale 2025 - 2e relance avant mise en demeure',
  date=(2025, 2, 17, 10, 22), campaign='ordre_cotis',
  body="""
{GREET}

Sauf erreur de notre part, le règlement de votre cotisation ordinale 2025 (montant : 345 €) ne nous est pas parvenu.

Nous vous rappelons que le paiement de la cotisation est une obligation déontologique. À défaut de règlement sous 72 heures, votre dossier sera transmis à la chambre disciplinaire en vue d'une procédure de radiation du tableau.

Vous pouvez régulariser votre situation par carte bancaire sur notre espace sécurisé :

[[Régler ma cotisation|https://ordre-medecins-paiement.fr/espace/reglement?dossier={TK}]]

Veuillez ne pas tenir compte de ce message si votre paiement a été effectué au cours des derniers jours.

Service des cotisations
Conseil national de l'Ordre des médecins
4 rue Léon Jost, 75017 Paris
""", domains=['ordre-medecins-paiement.fr'])

M('c05_ms365_share', 'fraud', 'en', name='SharePoint Online', addr='no-reply@sharepointonline-docs.com',
  subject='{GREET} shared "Planning garde Q3.xlsx" with you', date=(2024, 7, 2, 14, 55), campaign='ms365_share',
  body="""
{GREET} has shared a file with you.

Planning garde Q3.xlsx

This link will work for anyone in your organization. Sign in with your work or school account to open it.

[[Open|https://planning-garde.web.app/sp/view?id={TK}]]

Microsoft respects your privacy. To learn more, please read our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", domains=['web.app'])

M('c06_cpf_dpc_call', 'fraud', 'fr', kind='call', campaign='cpf_dpc_call', date=(2024, 10, 8, 11, 30),
  body="""Appel d'une femme se présentant comme « conseillère de la plateforme nationale de certification », numéro affiché 09 74 59 12 88, qui dit que mon quota DPC 2024 va être perdu si je ne crée pas mon compte avec elle tout de suite, et qui demande mon identifiant et mot de passe mondpc.""",
  phones=['+33974591288'])

M('c07_ans_cp_genuine', 'legitimate', 'fr', name='Agence du Numérique en Santé',
  addr='ne-pas-repondre@esante.gouv.fr', subject='Certification périodique : ouverture de votre compte personnel',
  date=(2025, 1, 14, 9, 30), campaign='ans_cp',
  body="""
{GREET}

La certification périodique des professionnels de santé est entrée en vigueur le 1er janvier 2023. L'Agence du Numérique en Santé (ANS) a été chargée par le ministère de concevoir le téléservice qui vous permettra de suivre vos actions.

Votre compte personnel de certification périodique est désormais accessible. Vous pouvez vous y connecter avec Pro Santé Connect (carte CPS ou e-CPS), sans créer de nouvel identifiant :

[[Accéder à mon compte|https://www.esante.gouv.fr/produits-services/certification-periodique?mtm_campaign={TK}]]

Important : l'ANS ne vous demandera jamais vos identifiants ou votre mot de passe, par courriel comme par téléphone. Ni l'ANS ni l'ANDPC ne vous démarcheront pour vous vendre des formations. En cas de doute, signalez tout démarchage à votre conseil départemental de l'Ordre.

Pour plus d'informations : [[la foire aux questions|https://esante.gouv.fr/faq-certification-periodique]]

L'équipe certification périodique
Agence du Numérique en Santé
""", domains=['esante.gouv.fr'])

M('c08_formation_spam', 'spam', 'fr', name='MedFormation Santé', addr='inscriptions@medformation-sante.fr',
  subject='DPC 2025 : 3 formations éligibles en e-learning, places limitées', date=(2025, 3, 4, 7, 15),
  campaign='medformation',
  body="""
{GREET}

Vous avez encore des heures de DPC à valider en 2025 ? MedFormation Santé, organisme enregistré auprès de l'ANDPC (n° 9876), vous propose trois programmes 100 % en ligne, à suivre à votre rythme :

- Antibiothérapie en ville : les nouvelles recommandations (7 h)
- Repérage précoce des troubles du neurodéveloppement (6 h)
- Prise en charge de l'insuffisance cardiaque en soins primaires (8 h)

Ces actions sont prises en charge dans le cadre de votre forfait annuel et indemnisées selon les règles de l'ANDPC. L'inscription se fait sur votre propre compte www.mondpc.fr avec la référence de l'action, que vous retrouverez sur notre site :

[[Voir le catalogue 2025|https://www.medformation-sante.fr/catalogue-2025?utm_source=mail&utm_campaign={TK}]]

Une question ? Notre équipe pédagogique répond au 04 78 62 19 40.

MedFormation Santé - 12 quai Perrache, 69002 Lyon
Vous recevez ce message car vous avez participé à l'une de nos formations. [[Se désinscrire|https://www.medformation-sante.fr/desinscription?id={TK}]]
""", phones=['+33478621940'], domains=['medformation-sante.fr', 'mondpc.fr'])

M('c09_doctolib_fake', 'fraud', 'fr', name='Doctolib Pro', addr='securite@doctolib-praticiens.com',
  subject='Action requise : vérification de votre compte praticien', date=(2024, 6, 18, 22, 41),
  campaign='doctolib_fake',
  body="""
{GREET}

Dans le cadre de la mise en conformité RGPD de notre plateforme, tous les praticiens doivent confirmer leurs coordonnées bancaires de facturation avant le 25 juin.

Sans cette vérification, votre agenda en ligne sera désactivé et vos patients ne pourront plus prendre rendez-vous.

[[Vérifier mon compte|https://doctolib-praticiens.com/verification/{TK}]]

Merci de votre confiance,
Le service Conformité Doctolib
""", domains=['doctolib-praticiens.com'])

M('c10_congres_spam', 'spam', 'fr', name='Journées Nationales de Médecine Générale', addr='info@jnmg-congres.fr',
  subject='[JNMG 2024] Inscriptions ouvertes - tarif préférentiel jusqu\'au 15 septembre', date=(2024, 7, 9, 10, 0),
  campaign='jnmg',
  body="""
{GREET}

Les Journées Nationales de Médecine Générale se tiendront les 21 et 22 novembre 2024 au Palais des Congrès de Bordeaux.

Au programme : 40 ateliers pratiques, 12 sessions plénières, un village exposants et des sessions validantes DPC (sur inscription préalable via votre compte Mon DPC).

Tarif préférentiel jusqu'au 15 septembre : 290 € au lieu de 360 €.

[[Je m'inscris|https://www.jnmg-congres.fr/inscription?src={TK}]]

Programme complet sur www.jnmg-congres.fr

Vous ne souhaitez plus recevoir nos informations ? [[Désinscription|https://www.jnmg-congres.fr/unsub?e={TK}]]
""", domains=['jnmg-congres.fr'])

M('c11_urssaf_fake', 'fraud', 'fr', name='URSSAF', addr='remboursement@urssaf-regularisation.org',
  subject='Trop-perçu de cotisations : remboursement de 486,20 € en attente', date=(2024, 12, 3, 16, 20),
  campaign='urssaf_fake',
  body="""
{GREET}

Suite au recalcul de vos cotisations sociales 2023 (praticiens et auxiliaires médicaux conventionnés), un trop-perçu de 486,20 € a été constaté en votre faveur.

Pour recevoir votre remboursement, merci de confirmer vos coordonnées bancaires avant le 10/12/2024 :

[[Accéder à mon remboursement|https://urssaf-regularisation.org/pam/{TK}]]

Passé ce délai, la somme sera reportée sur l'exercice suivant.

Cordialement,
Votre Urssaf
""", domains=['urssaf-regularisation.org'])

M('c12_cdom_ag', 'legitimate', 'fr', name="Conseil départemental de l'Ordre des médecins",
  addr='secretariat@cdom71.ordre.medecin.fr', subject='Élections ordinales - appel à candidatures et vote électronique',
  date=(2025, 3, 12, 11, 5), campaign='cdom_elections',
  body="""
{GREET}

Le renouvellement par moitié du conseil départemental aura lieu le 12 juin 2025. Le vote se déroulera exclusivement par voie électronique.

Dans les prochains jours, vous recevrez de notre prestataire de vote un courrier postal contenant vos identifiants de vote, puis un courriel. Vos identifiants de vote sont personnels : ils ne vous seront jamais demandés par téléphone.

Les candidatures doivent parvenir au secrétariat par lettre recommandée avant le 10 avril 2025, 16 heures. Toutes les informations figurent sur le site du conseil :

[[Élections 2025 - modalités|https://www.conseil71.ordre.medecin.fr/content/elections-2025]]

Le secrétariat reste à votre disposition au 03 85 41 52 30.

Confraternellement,
Le Président du Conseil départemental
""", phones=['+33385415230'], domains=['medecin.fr'])

# ---------------------------------------------------------------- frauds, French e-mail
M('f01_mondpc_quota', 'fraud', 'fr', name='Mon DPC - Service Praticiens', addr='contact@mondpc-praticiens.fr',
  subject='Votre enveloppe DPC 2024 de 1 435 € expire le 31 décembre', date=(2024, 11, 19, 9, 14),
  body="""
Docteur,

Notre service constate que votre enveloppe individuelle de développement professionnel continu n'a pas été utilisée cette année. Le montant restant de 1 435 € sera définitivement perdu au 31 décembre.

Nos conseillers se chargent de toutes les démarches : création de votre compte, choix de la formation, inscription. Il vous suffit de nous transmettre votre numéro RPPS et vos identifiants Mon DPC via le formulaire sécurisé :

[[Conserver mon enveloppe|https://mondpc-praticiens.fr/enveloppe]]

Service Praticiens Mon DPC
""", domains=['mondpc-praticiens.fr'])

M('f02_ps_connect', 'fraud', 'fr', name='Pro Santé Connect', addr='alerte@prosante-connect.eu',
  subject='Connexion inhabituelle détectée sur votre e-CPS', date=(2024, 8, 6, 3, 51),
  body="""
Une connexion à votre e-CPS a été détectée depuis un nouvel appareil.

Appareil : Windows 10 - Chrome
Lieu : Lagos, Nigeria
Date : 06/08/2024 03:44

Si vous n'êtes pas à l'origine de cette connexion, bloquez immédiatement votre e-CPS et réinitialisez votre code :

[[Sécuriser mon e-CPS|https://prosante-connect.eu/securite/blocage]]

Agence du Numérique en Santé - Pro Santé Connect
""", domains=['prosante-connect.eu'])

M('f03_ars_vaccin', 'fraud', 'fr', name='ARS - Cellule vaccination', addr='ars.cellule.vaccination@gmail.com',
  subject='Indemnisation campagne vaccinale - pièces manquantes', date=(2024, 12, 11, 13, 2),
  body="""
Madame, Monsieur le Docteur,

Vous avez participé à la campagne de vaccination hivernale. Afin de procéder au versement de votre indemnité forfaitaire (1 200 euros), l'Agence Régionale de Santé doit disposer des pièces suivantes :

- copie recto-verso de votre carte CPS
- RIB professionnel
- copie de votre pièce d'identité

Merci de les retourner en réponse à ce courriel sous 8 jours.

Cellule vaccination
Agence Régionale de Santé
""")

M('f04_has_survey', 'fraud', 'fr', name='Haute Autorité de Santé', addr='enquete@has-sante-enquetes.com',
  subject='Enquête nationale HAS - 50 € offerts pour votre participation', date=(2024, 10, 2, 12, 40),
  body="""
Bonjour Docteur,

La Haute Autorité de Santé mène une enquête nationale sur les pratiques de prescription en soins primaires. Votre participation (10 minutes) sera récompensée par une carte cadeau de 50 €.

[[Participer à l'enquête|https://has-sante-enquetes.com/q/2024]]

Pour recevoir votre récompense, une vérification de votre carte bancaire (0,00 €) sera demandée à la fin du questionnaire.

Service Évaluation et Outils pour la Qualité
""", domains=['has-sante-enquetes.com'])

M('f05_impots', 'fraud', 'fr', name='impots.gouv.fr', addr='ne-pas-repondre@dgfip-remboursement.fr',
  subject='Avis de remboursement - Ref. DGFIP/2024/88201', date=(2024, 5, 29, 17, 11),
  body="""
Cher(e) contribuable,

Après les derniers calculs annuels de l'exercice de votre activité, nous avons déterminé que vous êtes admissible à recevoir un remboursement d'impôt de 312,50 €.

Veuillez soumettre la demande de remboursement et nous permettre de 3-5 jours ouvrables pour le traitement.

[[Accéder au formulaire de remboursement|https://dgfip-remboursement.fr/formulaire]]

Un remboursement peut être retardé pour diverses raisons, par exemple la soumission des dossiers non valides ou inscrire après la date limite.

La Direction Générale des Finances Publiques
""", domains=['dgfip-remboursement.fr'])

M('f06_cnom_radiation_phone', 'fraud', 'fr', name="Ordre des Médecins - Service Juridique", addr='service.juridique.ordre@outlook.fr',
  subject='Convocation - procédure de radiation', date=(2024, 9, 24, 8, 2),
  body="""
Docteur,

Nous vous informons qu'une procédure de radiation a été ouverte à votre encontre pour défaut de validation de votre certification périodique.

Vous êtes prié de contacter sans délai le service juridique au 07 56 84 21 09 afin de régulariser votre situation et éviter la transmission de votre dossier à la chambre disciplinaire.

Aucune réponse par courriel ne sera traitée.

Service juridique
Ordre des Médecins
""", phones=['+33756842109'])

M('f07_compromised_colleague', 'fraud', 'fr', name='Dr Hélène Vasseur', addr='helene.vasseur@wanadoo.fr',
  subject='Document partagé', date=(2024, 6, 26, 15, 33),
  body="""
Bonjour,

Je vous partage un document concernant la réunion du groupe de pairs. Merci d'en prendre connaissance.

[[Consulter le document (PDF - 2 pages)|https://docs-partage-securise.weebly.com/]]

Bonne journée
Hélène
""", domains=['weebly.com'])

M('f08_banque_pro', 'fraud', 'fr', name='Crédit Agricole', addr='service-client@ca-alerte-securite.com',
  subject='Votre accès Crédit Agricole En Ligne est suspendu', date=(2024, 7, 17, 7, 5),
  body="""
Cher client,

Suite à la mise en place de la nouvelle authentification forte (DSP2), votre accès à l'espace professionnel a été temporairement suspendu.

Pour réactiver votre accès, veuillez valider votre identité avant 48h :

[[Réactiver mon accès|https://ca-alerte-securite.com/particulier/reactivation]]

Sans action de votre part, votre carte professionnelle sera bloquée.

Crédit Agricole - Service Sécurité
""", domains=['ca-alerte-securite.com'])

M('f09_ameli_mail', 'fraud', 'fr', name='Assurance Maladie', addr='noreply@ameli-compte-pro.fr',
  subject='Mise à jour obligatoire de vos informations professionnelles', date=(2024, 10, 15, 18, 27),
  body="""
Madame, Monsieur,

Dans le cadre de la nouvelle convention médicale 2024, l'Assurance Maladie procède à la mise à jour des coordonnées bancaires des professionnels de santé pour le versement de la ROSP et des forfaits structure.

Connectez-vous à votre espace amelipro pour confirmer vos informations : [[www.ameli.fr/amelipro|https://ameli-compte-pro.fr/connexion]]

Sans mise à jour avant le 31 octobre, le versement de votre rémunération forfaitaire sera différé.

L'Assurance Maladie
Agir ensemble, protéger chacun
""", domains=['ameli-compte-pro.fr'])

M('f10_dpc_cabinet_phone_only', 'fraud', 'fr', name='Cellule Certification Médecins', addr='cellule.certification@proton.me',
  subject='Dernier rappel : votre statut certification périodique', date=(2024, 6, 4, 9, 55),
  body="""
Docteur,

Malgré nos précédents envois, votre parcours de certification périodique n'a pas été initialisé. Les médecins n'ayant pas débuté leur parcours font désormais l'objet d'un signalement auprès de leur conseil départemental.

Un conseiller de notre cellule peut ouvrir votre compte à votre place en moins de 10 minutes. Appelez-nous au 09 71 07 45 63 en vous munissant de votre numéro RPPS et de votre carte CPS.

Cellule Certification Médecins
""", phones=['+33971074563'])

M('f11_antai', 'fraud', 'fr', name='ANTAI', addr='avis@antai-gouv-paiement.com',
  subject='Avis de contravention non réglé - majoration imminente', date=(2025, 1, 8, 11, 48),
  body="""
Avis de contravention n° 7739 2011 4482

Une infraction au code de la route a été constatée pour le véhicule immatriculé à votre nom. Le montant de l'amende (35 €) sera majoré à 135 € si le paiement n'est pas effectué sous 48 heures.

[[Payer mon amende|https://antai-gouv-paiement.com/paiement]]

Agence Nationale de Traitement Automatisé des Infractions
""", domains=['antai-gouv-paiement.com'])

M('f12_colis', 'fraud', 'fr', name='La Poste Colissimo', addr='suivi@colissimo-livraison-info.com',
  subject='Votre colis n° 6A2584417390 est en attente', date=(2024, 8, 28, 10, 10),
  body="""
Bonjour,

Votre colis n'a pas pu être livré le 27/08 en raison de frais de douane non réglés (1,99 €).

Pour programmer une nouvelle livraison, réglez les frais ici : [[https://colissimo-livraison-info.com/suivi/6A2584417390]]

Sans règlement sous 5 jours, le colis sera retourné à l'expéditeur.
""", domains=['colissimo-livraison-info.com'])

M('f13_ordre_faux_annuaire', 'fraud', 'fr', name='Annuaire National des Praticiens', addr='mise-a-jour@annuaire-praticiens-france.fr',
  subject='Vérification de votre fiche professionnelle', date=(2024, 4, 23, 14, 18),
  body="""
Bonjour,

Votre fiche professionnelle figure dans l'Annuaire National des Praticiens. Merci de vérifier vos informations en retournant le formulaire ci-joint signé, ou en ligne :

[[Vérifier ma fiche|https://annuaire-praticiens-france.fr/fiche]]

En retournant ce formulaire, vous acceptez l'insertion payante pour une durée de 3 ans au tarif annuel de 890 € HT (conditions générales au verso).

Service Mise à jour
""", domains=['annuaire-praticiens-france.fr'])

M('f14_mssante_quota', 'fraud', 'fr', name='Administrateur Messagerie', addr='admin@mssante-quota.net',
  subject='Votre boîte aux lettres MSSanté est pleine (98%)', date=(2024, 11, 27, 20, 44),
  body="""
Votre boîte aux lettres sécurisée a atteint 98 % de son quota de stockage. Les nouveaux messages (résultats de laboratoire, courriers) seront rejetés.

Pour augmenter gratuitement votre espace, connectez-vous avec vos identifiants habituels :

[[Augmenter mon quota|https://mssante-quota.net/owa/login.php]]

Administrateur Messagerie Sécurisée de Santé
""", domains=['mssante-quota.net'])

M('f15_dpc_pushy_fake_org', 'fraud', 'fr', name='Pôle National DPC', addr='pole.national@dpc-obligatoire.fr',
  subject='Rappel réglementaire : 3 actions obligatoires non réalisées', date=(2024, 9, 2, 7, 58),
  body="""
Docteur,

Le Pôle National DPC vous rappelle que chaque médecin doit avoir réalisé au minimum 3 actions de formation sur la période triennale, sous peine de sanctions ordinales.

Notre organisme, mandaté pour accompagner les médecins de votre région, vous propose de régulariser votre situation sans frais grâce au financement ANDPC.

Réservez dès maintenant votre créneau avec un conseiller : [[www.dpc-obligatoire.fr/rdv|https://www.dpc-obligatoire.fr/rdv]] ou au 01 76 44 90 21.

Pôle National DPC - Service accompagnement
""", phones=['+33176449021'], domains=['dpc-obligatoire.fr'])

M('f16_sante_gouv_fake', 'fraud', 'fr', name='Ministère de la Santé', addr='ministere.sante@sante-gouv-info.fr',
  subject='Nouvelle obligation : enregistrement au Registre National des Prescripteurs', date=(2025, 2, 3, 9, 0),
  body="""
Madame, Monsieur,

Conformément au décret du 12 janvier 2025, tous les médecins prescripteurs doivent s'enregistrer au Registre National des Prescripteurs avant le 28 février 2025. Les frais de dossier s'élèvent à 49 €.

Les prescriptions émises par un praticien non enregistré ne seront plus remboursées par l'Assurance Maladie à compter du 1er mars.

[[S'enregistrer|https://sante-gouv-info.fr/registre]]

Direction Générale de l'Offre de Soins
""", domains=['sante-gouv-info.fr'])

M('f17_rib_change', 'fraud', 'fr', name='Cabinet comptable Morel & Associés', addr='comptabilite@morel-associes-expertise.fr',
  subject='Changement de nos coordonnées bancaires', date=(2024, 10, 29, 16, 5),
  body="""
Bonjour Docteur,

Suite à un changement d'établissement bancaire, nous vous informons que nos coordonnées ont été modifiées. Vous trouverez notre nouveau RIB en pièce jointe.

Merci d'effectuer le règlement de notre note d'honoraires du 3e trimestre (1 140 € TTC) sur ce nouveau compte dès que possible, l'ancien compte étant clôturé.

Je reste joignable par mail uniquement cette semaine (déplacement).

Bien cordialement,
Sandrine Morel
""")

M('f18_conges_ordre_typo', 'fraud', 'fr', name='ordre des medecin', addr='info@ordremedecins-france.com',
  subject='URGENT: votre inscription au tableau', date=(2024, 8, 13, 23, 17),
  body="""
Cher docteur

Nous avons remarqué un probleme sur votre inscription au tableau de l ordre. Votre numero RPPS n est plus valide et doit etre mise a jour immediatement sinon vous ne pourrez plus exercé.

Cliquer ici pour mettre a jour : [[Mise a jour RPPS|http://rpps-update.ordremedecins-france.com/login]]

Cordialement
Ordre des medecin
""", domains=['ordremedecins-france.com'])

M('f19_docusign_fr', 'fraud', 'fr', name='DocuSign', addr='dse@docusign-signature-fr.com',
  subject='Contrat de remplacement - signature requise', date=(2024, 7, 23, 11, 12),
  body="""
Dr Lucas Faure vous a envoyé un document à consulter et signer.

Contrat de remplacement - août 2024.pdf

[[CONSULTER LE DOCUMENT|https://docusign-signature-fr.com/Signing/?ti=a81f]]

Ne partagez pas cet e-mail. Il contient un lien sécurisé vers DocuSign.
""", domains=['docusign-signature-fr.com'])

M('f20_certif_sms', 'fraud', 'fr', kind='sms', name='+33 7 57 83 10 46', date=(2024, 6, 12, 12, 5),
  body="""Dr, votre certification periodique n'est pas validee. Sans action sous 72h votre dossier sera transmis pour radiation. Regularisez: https://certif-medecin.fr/v""",
  phones=['+33757831046'], domains=['certif-medecin.fr'])

M('f21_impots_sms', 'fraud', 'fr', kind='sms', name='Impots', date=(2025, 3, 18, 8, 40),
  body="""impots.gouv: Un remboursement de 219,45 EUR est en attente de confirmation. Confirmez vos coordonnees avant le 20/03: https://bit.ly/3Rfx0Qe""",
  domains=['bit.ly'])

M('f22_call_ans', 'fraud', 'fr', kind='call', date=(2024, 11, 21, 14, 0),
  body="""Appel du 01 89 71 36 04 : un homme dit appeler « de la part de l'ANS » pour finaliser la création de mon espace de certification périodique ; il voulait que je lui lise le code reçu par SMS.""",
  phones=['+33189713604'])

M('f23_call_radiation', 'fraud', 'fr', kind='call', date=(2025, 1, 23, 10, 15),
  body="""Appel masqué puis rappel demandé au 05 35 54 18 92 ; se présente comme « direction régionale de certification », menace de radiation, demande de payer 390 € de frais de dossier.""",
  phones=['+33535541892'])

M('f24_sms_vitale', 'fraud', 'fr', kind='sms', name='AMELI', date=(2024, 9, 30, 18, 22),
  body="""ameli: votre nouvelle carte Vitale est disponible. Frais d'envoi 1,50EUR a regler avant sa destruction : https://carte-vitale-ameli.com/suivi""",
  domains=['carte-vitale-ameli.com'])

M('f25_sms_dpc_offer', 'fraud', 'fr', kind='sms', name='DPC-INFO', date=(2025, 2, 25, 10, 2),
  body="""Docteur, vos droits DPC 2025 (jusqu'a 1800EUR) sont disponibles. Votre conseillere dediee vous rappelle, ou contactez-la au 04 22 46 70 31. STOP au 36173""",
  phones=['+33422467031'])

# ---------------------------------------------------------------- frauds, English and more French
M('f26_m365_expiry', 'fraud', 'en', name='Microsoft 365 Admin', addr='postmaster@m365-mailadmin.org',
  subject='Action Required: Your password expires today', date=(2024, 5, 14, 6, 30),
  body="""
Your Office 365 password is set to expire today.

You can keep using your current password by confirming below. If no action is taken, you will be signed out and unable to send or receive email.

[[Keep Current Password|https://m365-mailadmin.org/keep?session=98sd7]]

Thanks,
The Microsoft 365 Team
""", domains=['m365-mailadmin.org'])

M('f27_docusign_en', 'fraud', 'en', name='DocuSign via Finance Dept', addr='docs@signature-center.xyz',
  subject='Completed: Please review "Q3 Compensation Adjustment"', date=(2024, 9, 19, 13, 21),
  body="""
Finance Department sent you a document to review and sign.

REVIEW DOCUMENT: [[https://www.docusign.net/Signing/|https://signature-center.xyz/dsign/q3adj]]

Please complete by end of business today.

Do Not Share This Email. This email contains a secure link to DocuSign.
""", domains=['signature-center.xyz'])

M('f28_dhl', 'fraud', 'en', name='DHL Express', addr='no-reply@dhl-parcel-support.top',
  subject='DHL: Shipment on hold - address confirmation needed', date=(2024, 12, 19, 4, 8),
  body="""
Dear Customer,

Your shipment 4471 8836 02 could not be delivered because the address is incomplete. Please confirm your delivery address and pay the redelivery fee of EUR 2.99.

[[Track and confirm|https://dhl-parcel-support.top/track/447188360]]

DHL Express - Excellence. Simply delivered.
""", domains=['dhl-parcel-support.top'])

M('f29_advance_fee', 'fraud', 'en', name='Mrs. Grace Williams', addr='gracewilliams1958@gmail.com',
  reply_to='grace.w.attorney@yandex.com', subject='Humanitarian Donation For Medical Mission',
  date=(2024, 8, 2, 2, 13),
  body="""
Dear Doctor,

I am Mrs Grace Williams, a widow suffering from long time illness (cancer). I have some funds I inherited from my late husband, the sum of ($4,500,000.00 USD) and I needed a very honest and God fearing Medical Doctor that can use this fund to help the poor and less privileged.

I found your contact on a medical directory and decided to contact you. Please reply with your full name, address and direct phone number so my lawyer can proceed with the transfer.

God bless you,
Mrs Grace Williams
""")

M('f30_journal_fee', 'fraud', 'en', name='Editorial Office - International Journal of Clinical Medicine Research',
  addr='editor@ijcmr-journal.org', subject='Acceptance Letter - Manuscript IJCMR-2024-1187',
  date=(2024, 10, 21, 5, 44),
  body="""
Dear Dr.,

We are pleased to inform you that your manuscript entitled "Clinical outcomes in primary care" has been ACCEPTED for publication in the International Journal of Clinical Medicine Research (Impact Factor 6.2).

To proceed with publication, please pay the Article Processing Charge of USD 1,450 within 3 days via the secure link below:

[[Pay APC now|https://ijcmr-journal.org/payment/1187]]

Kind regards,
Dr. James Hilton, Editor-in-Chief
""", domains=['ijcmr-journal.org'])

M('f31_sextortion', 'fraud', 'en', name='', addr='security@dr-mail-notice.com', subject='Your account has been hacked',
  date=(2024, 7, 30, 1, 2), html=False,
  body="""
Hello!

I have bad news for you. Several months ago I gained access to the devices you use to browse the internet. I recorded videos of you. If you want me to delete them, transfer 1350 USD in Bitcoin to my wallet:

bc1q9f8w3xk2m0rt7ylqzv4s6h5ejn3cuk0awp8r2d

You have 48 hours. Do not reply to this email, it was sent from your own account.
""")

M('f32_wetransfer', 'fraud', 'en', name='WeTransfer', addr='noreply@wetransfer-files.site',
  subject='You received 3 files via WeTransfer', date=(2024, 6, 7, 15, 36),
  body="""
laboratoire.analyses@ sent you some files

3 items, 14.2 MB in total - Expires in 3 days

Resultats_patients_juin.pdf
Bon_de_commande.pdf
Facture_0624.pdf

[[Get your files|https://wetransfer-files.site/downloads/7e1c]]
""", domains=['wetransfer-files.site'])

M('f33_paypal', 'fraud', 'en', name='PayPal', addr='service@paypal-resolution-center.com',
  subject='Your account access has been limited', date=(2025, 3, 5, 21, 15),
  body="""
Hello,

We noticed unusual activity on your PayPal account and have temporarily limited what you can do with it.

To restore full access, please verify your identity within 72 hours:

[[Log in to PayPal|https://paypal-resolution-center.com/signin]]

Sincerely,
PayPal
""", domains=['paypal-resolution-center.com'])

M('f34_linkedin', 'fraud', 'en', name='LinkedIn', addr='messages-noreply@linkedln-mail.com',
  subject='You appeared in 12 searches this week', date=(2024, 11, 6, 9, 41),
  body="""
You appeared in 12 searches this week.

See who's looking at your profile, including recruiters from hospital groups.

[[See all searches|https://linkedln-mail.com/comm/search-appearances]]

You are receiving LinkedIn notification emails.
""", domains=['linkedln-mail.com'])

M('f35_ceo_gift', 'fraud', 'en', name='Dr. Martin Lefebvre', addr='dr.martin.lefebvre.office@gmail.com',
  subject='Quick favor', date=(2024, 12, 16, 10, 3), html=False,
  body="""
Hi,

Are you available? I need you to handle a discreet task for me today, I'm in a meeting and can't talk on phone. I need to get some Apple gift cards for staff appreciation. Let me know if you can get them so I can tell you the amount.

Sent from my iPad
""")

M('f36_zoom_fake', 'fraud', 'en', name='Zoom', addr='no-reply@zoom-meeting-invite.online',
  subject='Missed meeting: Staff coordination - recording available', date=(2024, 9, 27, 17, 52),
  body="""
You missed a scheduled Zoom meeting.

Topic: Staff coordination
Host: Administration

The cloud recording is now available. Sign in with your email account to view.

[[View Recording|https://zoom-meeting-invite.online/rec/share/k3f9]]
""", domains=['zoom-meeting-invite.online'])

M('f37_crypto', 'fraud', 'en', name='Dr. Alan Price - MedInvest Club', addr='alan.price@medinvest-club.io',
  subject='Doctors are earning 4,200 EUR/week with this AI trading platform', date=(2024, 5, 6, 8, 20),
  body="""
Dear colleague,

I'm a retired cardiologist and I want to share the platform that changed my life. Our AI trading system delivers guaranteed returns of 30% per month, exclusively for healthcare professionals.

Minimum deposit: 250 EUR. Limited to 50 new doctors this month.

[[Join now|https://medinvest-club.io/join?ref=doc]]

Call our French desk: +33 1 87 66 20 94
""", phones=['+33187662094'], domains=['medinvest-club.io'])

M('f38_google_drive', 'fraud', 'en', name='Google Drive', addr='drive-shares-noreply@gdrive-docs.info',
  subject='Document shared with you: "Remittance advice"', date=(2025, 1, 30, 12, 1),
  body="""
accounts@cabinet-medical shared a document with you

Remittance advice.pdf

[[Open|https://sites.google.com/view/remittance-advice-view/home]]

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""", domains=['google.com'])

M('f39_amazon_sms_en', 'fraud', 'en', kind='sms', name='+44 7700 900412', date=(2024, 8, 21, 20, 30),
  body="""Amazon: A purchase of an iPhone 15 Pro (1,229.00 EUR) was made on your account. If this wasn't you, call us immediately on +44 20 3808 5521.""",
  phones=['+447700900412', '+442038085521'])

M('f40_netflix', 'fraud', 'fr', name='Netflix', addr='info@netflix-facturation.net',
  subject='Problème de paiement - votre abonnement est suspendu', date=(2024, 10, 9, 19, 0),
  body="""
Bonjour,

Nous n'avons pas pu valider votre moyen de paiement pour la prochaine période de facturation. Votre abonnement a été suspendu.

[[METTRE À JOUR LE PAIEMENT|https://netflix-facturation.net/account/payment]]

L'équipe Netflix
""", domains=['netflix-facturation.net'])

M('f41_orange_mail', 'fraud', 'fr', name='Orange Messagerie', addr='mail-service@orange-mail-verif.com',
  subject='Messagerie Orange : dernier avertissement avant suppression', date=(2024, 12, 28, 9, 33),
  body="""
Cher(e) client(e),

Votre boîte Orange sera supprimée le 31/12/2024 car elle n'a pas été mise à jour vers le nouveau système de sécurité.

Pour conserver vos messages et contacts, confirmez votre compte : [[https://messagerie.orange.fr|https://orange-mail-verif.com/auth]]

Orange - Service Messagerie
""", domains=['orange-mail-verif.com'])

M('f42_ars_fake_inspection', 'fraud', 'fr', name="ARS Bourgogne-Franche-Comté - Inspection", addr='inspection@ars-bfc-sante.com',
  subject="Avis d'inspection de votre cabinet - pièces à fournir", date=(2025, 2, 11, 14, 36),
  body="""
Docteur,

Dans le cadre du programme régional d'inspection des cabinets médicaux, votre cabinet a été sélectionné pour un contrôle documentaire.

Merci de déposer les documents listés (attestation d'assurance RCP, protocole DASRI, registre de stérilisation) sur notre plateforme avant le 21 février, faute de quoi une amende administrative de 1 500 € pourra être appliquée :

[[Déposer les documents|https://ars-bfc-sante.com/depot]]

Le département Inspection-Contrôle
""", domains=['ars-bfc-sante.com'])

M('f43_fake_cps_order', 'fraud', 'fr', name='Service Cartes CPS', addr='commande@cartes-cps-sante.fr',
  subject='Commande de votre nouvelle carte CPS 4 (obligatoire)', date=(2024, 4, 16, 10, 50),
  body="""
Docteur,

Les cartes CPS de 3e génération ne seront plus acceptées par les lecteurs après le 30 juin 2024. Afin de garantir la continuité de vos télétransmissions, commandez dès maintenant votre carte CPS 4.

Frais de fabrication et d'envoi : 29,90 € TTC.

[[Commander ma carte CPS 4|https://cartes-cps-sante.fr/commande]]

Service Cartes CPS - Pour toute question : 01 85 39 27 70
""", phones=['+33185392770'], domains=['cartes-cps-sante.fr'])

M('f44_ordre_rc_insurance', 'fraud', 'fr', name='Bureau des Assurances Professionnelles de Santé', addr='contact@bap-sante.fr',
  subject="Attestation d'assurance RCP 2025 manquante - Ordre des médecins", date=(2025, 1, 6, 8, 8),
  body="""
Docteur,

Le Conseil de l'Ordre nous informe qu'aucune attestation d'assurance responsabilité civile professionnelle n'a été transmise pour l'année 2025.

Afin d'éviter une suspension temporaire d'exercice, nous pouvons émettre votre attestation sous 24h. Souscription en ligne à partir de 39 €/mois :

[[Obtenir mon attestation|https://bap-sante.fr/souscription]]

BAPS - partenaire des professionnels de santé
""", domains=['bap-sante.fr'])

M('f45_hospital_payroll', 'fraud', 'fr', name='Direction des Ressources Humaines', addr='drh@chu-paie-portail.com',
  subject='Votre bulletin de paie de novembre est disponible', date=(2024, 11, 29, 7, 40),
  body="""
Bonjour,

Votre bulletin de paie dématérialisé du mois de novembre est disponible. Suite à la migration du portail RH, merci de vous reconnecter avec vos identifiants Windows de l'établissement pour le consulter :

[[Accéder au portail RH|https://chu-paie-portail.com/portail/login]]

Direction des Ressources Humaines
""", domains=['chu-paie-portail.com'])

M('f46_sms_colis_fr', 'fraud', 'fr', kind='sms', name='+33 6 44 18 52 97', date=(2024, 7, 4, 9, 12),
  body="""Bonjour, votre colis est bloque au centre de tri, merci de confirmer l'adresse de livraison : https://suivi-livraison-fr.com/c/8812""",
  phones=['+33644185297'], domains=['suivi-livraison-fr.com'])

M('f47_whatsapp_son', 'fraud', 'fr', kind='sms', name='+33 7 81 24 65 50', date=(2024, 10, 25, 21, 48),
  body="""Coucou papa c'est moi, j'ai casse mon telephone, c'est mon nouveau numero. Tu peux m'ecrire sur WhatsApp ? J'ai un paiement urgent a faire ce soir""",
  phones=['+33781246550'])

# ---------------------------------------------------------------- spam (honest but unsolicited)
M('s01_logiciel', 'spam', 'fr', name='Équipe Weda', addr='newsletter@weda-logiciel-medical.fr',
  subject='Nouveau : l\'ordonnance numérique intégrée à votre logiciel', date=(2024, 6, 11, 8, 30),
  body="""
Bonjour Docteur,

L'e-prescription devient la norme. Notre logiciel médical intègre désormais l'ordonnance numérique, la lecture de l'INS et la messagerie sécurisée MSSanté, sans surcoût pendant 3 mois.

Découvrez la démo en 3 minutes : [[Voir la vidéo|https://www.weda-logiciel-medical.fr/demo-ordonnance-numerique]]

Offre de lancement valable jusqu'au 30 juin pour toute nouvelle installation.

L'équipe commerciale
Pour ne plus recevoir nos communications : [[désabonnement|https://www.weda-logiciel-medical.fr/optout]]
""", domains=['weda-logiciel-medical.fr'])

M('s02_formation_pushy', 'spam', 'fr', name='Julie - Formavenir Santé', addr='julie.martin@formavenir-sante.com',
  subject='Re: votre DPC 2024 (dernière relance)', date=(2024, 11, 26, 10, 45),
  body="""
Bonjour Docteur,

Je me permets de vous relancer une dernière fois : il ne reste que 4 places dans notre session « Dépistage des cancers en médecine générale » du 12 décembre (classe virtuelle, 7h, programme DPC n° 12992425012).

Notre organisme est enregistré auprès de l'ANDPC. Votre inscription se fait directement sur votre compte www.agencedpc.fr ; nous ne vous demanderons jamais vos identifiants. La formation est prise en charge et indemnisée dans la limite de votre forfait.

Si vous êtes intéressé, répondez simplement à ce mail ou appelez-moi au 02 40 35 77 18.

Bonne journée,
Julie Martin
Chargée de relations praticiens - Formavenir Santé
""", phones=['+33240357718'], domains=['agencedpc.fr'])

M('s03_mutuelle', 'spam', 'fr', name='MACSF', addr='communication@macsf.fr',
  subject='Votre prévoyance est-elle adaptée à votre installation ?', date=(2024, 9, 17, 12, 0),
  body="""
Docteur,

Installation, association, remplacement : chaque étape de votre carrière appelle une protection adaptée. Faites le point gratuitement avec un conseiller dédié aux professionnels de santé.

[[Prendre rendez-vous|https://www.macsf.fr/rendez-vous-conseiller?utm_source=emailing]]

Ce message à caractère commercial vous est adressé par MACSF. [[Se désinscrire|https://www.macsf.fr/desinscription]]
""", domains=['macsf.fr'])

M('s04_materiel', 'spam', 'fr', name='Medi-Equip', addr='promo@medi-equip.fr',
  subject='-30% sur les tables d\'examen et les électrocardiographes', date=(2024, 5, 23, 14, 20),
  body="""
PROMOTIONS DE PRINTEMPS

Tables d'examen électriques dès 1 290 € HT
ECG 12 pistes interprétatif : 1 590 € HT au lieu de 2 270 €
Tensiomètres automatiques : -20 %

Livraison offerte dès 500 € d'achat. Devis au 03 20 15 66 80.

[[Voir toutes les offres|https://www.medi-equip.fr/promotions]]

Medi-Equip SAS - Lille. [[Désinscription|https://www.medi-equip.fr/newsletter/unsubscribe]]
""", phones=['+33320156680'], domains=['medi-equip.fr'])

M('s05_immo', 'spam', 'fr', name='Patrimoine Médical Conseil', addr='contact@patrimoine-medical-conseil.fr',
  subject='Médecins : réduisez vos impôts grâce au LMNP', date=(2024, 10, 3, 18, 30),
  body="""
Docteur,

Votre activité libérale vous place dans une tranche marginale d'imposition élevée ? Nos conseillers en gestion de patrimoine, spécialisés dans les professions de santé, vous présentent les solutions LMNP et SCPI.

Webinaire gratuit jeudi 10 octobre à 20h : [[je réserve ma place|https://www.patrimoine-medical-conseil.fr/webinaire]]

Patrimoine Médical Conseil - CIF enregistré à l'ORIAS
""", domains=['patrimoine-medical-conseil.fr'])

M('s06_labo_visiteur', 'spam', 'fr', name='Laboratoires Servant', addr='information-medicale@labo-servant.fr',
  subject='Nouvelle indication : webconférence experts le 14 novembre', date=(2024, 11, 4, 11, 11),
  body="""
Docteur,

Nous avons le plaisir de vous inviter à une webconférence animée par le Pr Anne Roussel (CHU de Dijon) sur la prise en charge de la BPCO en ville.

Jeudi 14 novembre, 20h30 - 21h30. Inscription : [[www.labo-servant.fr/webconf|https://www.labo-servant.fr/webconf]]

Information promotionnelle destinée aux professionnels de santé. Conformément au RGPD, vous pouvez exercer vos droits à dpo@labo-servant.fr.
""", domains=['labo-servant.fr'])

M('s07_sondage', 'spam', 'fr', name='Panel Santé Études', addr='etudes@panelsante-etudes.fr',
  subject='Étude rémunérée 60 € : médecins généralistes (20 min)', date=(2024, 8, 20, 9, 5),
  body="""
Bonjour Docteur,

Panel Santé Études réalise une étude de marché pour un laboratoire pharmaceutique auprès des médecins généralistes. Le questionnaire dure environ 20 minutes et est indemnisé 60 € (virement ou don à une association, au choix).

[[Participer|https://survey.panelsante-etudes.fr/s/MG2408]]

Vos réponses sont anonymisées. Vous pouvez demander à ne plus être sollicité en répondant STOP.
""", domains=['panelsante-etudes.fr'])

M('s08_secretariat', 'spam', 'fr', name='TéléSecrétariat Médical Pro', addr='contact@telesecretariat-medicalpro.fr',
  subject='Fini les appels pendant vos consultations', date=(2024, 4, 30, 16, 0), html=False,
  body="""
Bonjour Docteur,

Et si vos patients étaient accueillis au téléphone par une secrétaire médicale formée, pendant que vous consultez ? À partir de 149 € HT/mois, sans engagement.

Premier mois offert. Contactez-nous au 05 56 90 12 34 ou sur https://www.telesecretariat-medicalpro.fr

Cordialement,
Thomas Girard, responsable commercial
""", phones=['+33556901234'], domains=['telesecretariat-medicalpro.fr'])

M('s09_dpc_org_honest', 'spam', 'fr', name='Collège de Formation Continue en Médecine Libérale',
  addr='dpc@cfcml.fr', subject='Programme DPC 2025 - Gestes d\'urgence au cabinet (présentiel Mâcon)',
  date=(2025, 1, 20, 9, 20),
  body="""
Chère consœur, cher confrère,

Le CFCML organise le 5 avril 2025 à Mâcon une formation présentielle « Gestes et soins d'urgence au cabinet » (action DPC n° 11822500031, 7 heures).

Pour vous inscrire, connectez-vous à votre espace sur le site de l'Agence nationale du DPC ([[www.mondpc.fr|https://www.mondpc.fr]]) et recherchez la référence de l'action. Aucune inscription n'est prise par téléphone.

Le programme détaillé est disponible sur [[notre site|https://www.cfcml.fr/formations/urgences-cabinet]].

Bien confraternellement,
Le secrétariat pédagogique du CFCML
""", domains=['mondpc.fr', 'cfcml.fr'])

M('s10_agence_web', 'spam', 'fr', name='Kevin de PraticienWeb', addr='kevin@praticienweb.fr',
  subject='Votre cabinet sur la 1ère page de Google ?', date=(2024, 7, 15, 13, 50), html=False,
  body="""
Bonjour,

J'ai remarqué que votre cabinet n'apparaît pas dans les premiers résultats Google pour "médecin généraliste" dans votre ville. Nous créons des sites conformes aux règles déontologiques (pas de publicité, informations pratiques uniquement) à partir de 39 €/mois.

Je vous propose un appel de 15 minutes cette semaine ? Réservez un créneau ici : https://calendly.com/praticienweb/15min

Kevin
PraticienWeb - www.praticienweb.fr
""", domains=['calendly.com', 'praticienweb.fr'])

M('s11_presse', 'spam', 'fr', name='Le Quotidien du Médecin', addr='abonnements@lequotidiendumedecin.fr',
  subject='Offre spéciale : 3 mois d\'abonnement pour 1 €', date=(2024, 9, 5, 7, 0),
  body="""
Docteur,

Accédez à toute l'actualité médicale et professionnelle : convention, certification périodique, DPC, réformes... Pendant 3 mois pour 1 € seulement, puis 12,90 €/mois sans engagement.

[[J'en profite|https://www.lequotidiendumedecin.fr/abonnement/offre-1euro]]

Pour vous désabonner : [[cliquez ici|https://www.lequotidiendumedecin.fr/newsletter/desinscription]]
""", domains=['lequotidiendumedecin.fr'])

M('s12_teleconsult', 'spam', 'fr', name='Qare Pro', addr='recrutement@qare.fr',
  subject='Complétez vos revenus en téléconsultation', date=(2024, 6, 25, 12, 15),
  body="""
Bonjour Docteur,

Vous souhaitez consulter quelques heures par semaine depuis chez vous ? Rejoignez les médecins de notre plateforme de téléconsultation : planning libre, rémunération à l'acte.

[[Postuler en 5 minutes|https://www.qare.fr/medecins/rejoindre]]

À bientôt,
L'équipe recrutement
""", domains=['qare.fr'])

M('s13_remplacement', 'spam', 'fr', name='MédiRemplace', addr='alertes@mediremplace.fr',
  subject='12 nouvelles offres de remplacement en Saône-et-Loire', date=(2024, 7, 1, 6, 0),
  body="""
Bonjour,

Voici les nouvelles annonces publiées près de chez vous :

- Chalon-sur-Saône : remplacement MG, 15 juillet - 4 août, rétrocession 75 %
- Autun : collaboration 3 j/semaine, logement possible
- Montceau-les-Mines : remplacement régulier le jeudi

[[Voir toutes les annonces|https://www.mediremplace.fr/annonces?dep=71]]

Vous recevez cette alerte car vous êtes inscrit sur MédiRemplace. [[Gérer mes alertes|https://www.mediremplace.fr/compte/alertes]]
""", domains=['mediremplace.fr'])

M('s14_assoc_fmc', 'legitimate', 'fr', name='Amicale FMC du Chalonnais', addr='amicale.fmc.chalon@gmail.com',
  subject='Soirée FMC du 19 septembre : les nouveaux anticoagulants', date=(2024, 9, 3, 21, 30), html=False,
  body="""
Chers amis,

Notre prochaine soirée aura lieu le jeudi 19 septembre à 20h à l'Hôtel Saint-Georges. Intervenant : Dr Paul Mercier, cardiologue. Repas offert par notre partenaire (laboratoire), inscription obligatoire par retour de mail.

Cotisation annuelle à l'amicale : 30 € (chèque à l'ordre de l'Amicale FMC).

Amicalement,
Le bureau
""")

M('s15_energie', 'spam', 'fr', name='ProÉnergie Cabinets', addr='offre@proenergie-cabinets.fr',
  subject='Votre facture d\'électricité professionnelle peut baisser de 25 %', date=(2025, 2, 20, 10, 30),
  body="""
Bonjour,

Les contrats d'électricité des professions libérales ont fortement augmenté. Notre courtier compare gratuitement les offres pour votre cabinet.

Étude gratuite en 48 h : [[obtenir mon étude|https://www.proenergie-cabinets.fr/etude]] ou au 09 70 82 33 14.

ProÉnergie Cabinets - courtier en énergie
""", phones=['+33970823314'], domains=['proenergie-cabinets.fr'])

M('s16_salon', 'spam', 'fr', name='Salon Santé Autonomie', addr='visiteurs@salon-sante-autonomie.com',
  subject='Votre badge gratuit pour le Salon Santé Autonomie 2025', date=(2025, 3, 10, 9, 45),
  body="""
Madame, Monsieur,

Le Salon Santé Autonomie se tiendra du 20 au 22 mai 2025 à Paris Expo Porte de Versailles. 700 exposants, 150 conférences sur l'e-santé, la coordination des soins et l'autonomie.

Obtenez votre badge gratuit avec le code INVSSA25 : [[Je m'enregistre|https://www.salon-sante-autonomie.com/badge?code=INVSSA25]]
""", domains=['salon-sante-autonomie.com'])

M('s17_logiciel_sms', 'spam', 'fr', kind='sms', name='MediLogic', date=(2024, 10, 17, 11, 0),
  body="""MediLogic : -50% sur votre 1ere annee de logiciel medical agree Segur ! Demo gratuite au 03 80 45 21 90. STOP au 36111""",
  phones=['+33380452190'])

M('s18_cabinet_recrut', 'spam', 'fr', name='Mairie de Saint-Bonnet-en-Bresse', addr='mairie@saint-bonnet-en-bresse.fr',
  subject='Maison de santé : recherche médecin généraliste', date=(2024, 4, 12, 15, 10), html=False,
  body="""
Madame, Monsieur le Docteur,

La commune de Saint-Bonnet-en-Bresse a inauguré une maison de santé pluriprofessionnelle (2 infirmières, 1 kinésithérapeute, 1 orthophoniste). Un cabinet médical équipé est disponible, loyer offert la première année.

N'hésitez pas à contacter le secrétariat de mairie au 03 85 72 40 11 pour une visite.

Le Maire
""", phones=['+33385724011'])

M('s19_predatory_journal', 'spam', 'en', name='Journal of Family Medicine and Health Care', addr='jfmhc@medsciencegroup.org',
  subject='Call for Papers - Volume 10 Issue 4', date=(2024, 6, 19, 3, 30),
  body="""
Dear Dr.,

Greetings from the Journal of Family Medicine and Health Care!

We came across your recent work and would be glad to receive your research article, review or case report for our upcoming issue. Submission deadline: July 15. Publication fee waived for the first 5 submissions.

[[Submit manuscript|https://www.medsciencegroup.org/jfmhc/submit]]

Best regards,
Sarah Collins, Managing Editor
""", domains=['medsciencegroup.org'])

M('s20_conference_dubai', 'spam', 'en', name='World Congress on Primary Care 2025', addr='info@wcpc-congress.com',
  subject='Invitation to speak at WCPC 2025, Dubai', date=(2024, 10, 30, 4, 10),
  body="""
Dear Colleague,

On behalf of the organizing committee, it is our pleasure to invite you as a speaker to the World Congress on Primary Care, held March 17-18, 2025 in Dubai, UAE.

Speaker registration: 699 USD (includes 2 nights accommodation). Abstract submission is open until December 15.

[[Register / Submit abstract|https://wcpc-congress.com/registration]]

Looking forward to your positive response.
Organizing Committee
""", domains=['wcpc-congress.com'])

M('s21_webinar_en', 'spam', 'en', name='Medscape Education', addr='news@mail.medscape.org',
  subject='New CME: Managing obesity in primary care (1.0 credit)', date=(2024, 5, 9, 13, 0),
  body="""
New activity for you

Managing Obesity in Primary Care: GLP-1 Receptor Agonists and Beyond
CME / ABIM MOC / CE - 1.0 credit

[[Start activity|https://www.medscape.org/viewarticle/obesity-primary-care]]

You are receiving this email because you are a registered Medscape member. [[Unsubscribe|https://www.medscape.org/unsubscribe]]
""", domains=['medscape.org'])

M('s22_ehr_vendor_en', 'spam', 'en', name='Ryan Mitchell', addr='ryan.mitchell@scribeai-health.com',
  subject='Save 2 hours a day on clinical notes', date=(2025, 1, 15, 16, 40), html=False,
  body="""
Hi Doctor,

Physicians using our AI scribe save an average of 2 hours of documentation per day. It listens to the consultation (with patient consent) and drafts the note in your EHR. GDPR compliant, HDS-certified hosting in France.

Would you be open to a 20-minute demo next week? Here's my calendar: https://scribeai-health.com/demo

Best,
Ryan Mitchell
Account Executive, ScribeAI Health
""", domains=['scribeai-health.com'])

M('s23_data_list', 'spam', 'en', name='Olivia Bennett', addr='olivia.b@healthcare-leads-data.com',
  subject='Re: French physicians email list', date=(2024, 8, 8, 15, 22), html=False,
  body="""
Hi,

Would you be interested in acquiring an opt-in email list of General Practitioners in France? We have 48,000 verified contacts with name, specialty, address and email.

Let me know your target and I'll send you counts and pricing.

Regards,
Olivia Bennett
Data Specialist
""")

M('s24_device_en', 'spam', 'en', name='Dermascope Direct', addr='sales@dermascope-direct.com',
  subject='Handheld dermatoscope - introductory price for GPs', date=(2024, 12, 2, 10, 0),
  body="""
Dear Doctor,

Detect melanoma earlier with our polarized handheld dermatoscope, now compatible with iPhone and Android. Introductory price 449 EUR (usual 590 EUR), free shipping to France.

[[Shop now|https://www.dermascope-direct.com/gp-offer]]

Dermascope Direct Ltd, Manchester, UK. [[Unsubscribe|https://www.dermascope-direct.com/unsubscribe]]
""", domains=['dermascope-direct.com'])

M('s25_research_panel_en', 'spam', 'en', name='Global Physician Insights', addr='invite@gpinsights-panel.com',
  subject='Paid survey: 150 EUR for 30 minutes (General Practitioners, France)', date=(2024, 7, 25, 8, 0),
  body="""
Dear Doctor,

We are conducting a paid market research study among General Practitioners in France. The online survey takes about 30 minutes and you will receive an honorarium of 150 EUR.

[[Check eligibility|https://survey.gpinsights-panel.com/fr-gp-0725]]

To opt out of future invitations, reply "REMOVE".
""", domains=['gpinsights-panel.com'])

M('s26_book_en', 'spam', 'en', name='Springer Nature', addr='springernature@email.springernature.com',
  subject='20% off medical textbooks this week', date=(2024, 11, 12, 9, 0),
  body="""
Expand your clinical library

Save 20% on all print and eBooks in Medicine until November 19.

[[Browse titles|https://link.springer.com/search?facet-discipline=Medicine]]

Springer Nature. [[Manage your preferences|https://www.springernature.com/gp/preferences]]
""", domains=['springer.com', 'springernature.com'])

# ---------------------------------------------------------------- legitimate
M('l01_andpc_info', 'legitimate', 'fr', name='Agence nationale du DPC', addr='ne-pas-repondre@agencedpc.fr',
  subject='Votre forfait DPC 2025 est disponible', date=(2025, 1, 9, 10, 0),
  body="""
Madame, Monsieur,

Votre forfait individuel de prise en charge DPC pour l'année 2025 est désormais disponible. Vous pouvez consulter le montant de votre forfait et vous inscrire aux actions de votre choix depuis votre compte personnel :

[[https://www.agencedpc.fr/professionnel/|https://www.agencedpc.fr/professionnel/]]

Rappel : l'Agence nationale du DPC ne démarche jamais les professionnels de santé par téléphone et ne vous demandera jamais votre mot de passe. Les organismes qui vous contactent en se réclamant de l'Agence ne sont pas mandatés par elle.

L'Agence nationale du Développement Professionnel Continu
""", domains=['agencedpc.fr'])

M('l02_mondpc_reset_requested', 'legitimate', 'fr', name='Mon DPC', addr='ne-pas-repondre@mondpc.fr',
  subject='Mon DPC - Réinitialisation de votre mot de passe', date=(2024, 10, 14, 21, 18),
  body="""
Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre compte Mon DPC.

Pour choisir un nouveau mot de passe, cliquez sur le lien suivant (valable 1 heure) :
[[https://www.mondpc.fr/mondpc/reinitialisation?jeton=7f3a9c21e0|https://www.mondpc.fr/mondpc/reinitialisation?jeton=7f3a9c21e0]]

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.

Ceci est un message automatique, merci de ne pas y répondre.
""", domains=['mondpc.fr'])

M('l03_cdom_cotis', 'legitimate', 'fr', name='CDOM 71 - Comptabilité', addr='comptabilite@cdom71.ordre.medecin.fr',
  subject='Cotisation 2025 - dernier rappel avant relance par courrier recommandé', date=(2025, 3, 25, 14, 0),
  body="""
Docteur,

Sauf erreur de notre part, votre cotisation ordinale 2025 n'a pas encore été réglée. Nous vous rappelons que son paiement est obligatoire (article L.4122-2 du code de la santé publique).

Vous pouvez la régler en ligne depuis votre espace personnel sur le site du Conseil national, rubrique « Ma cotisation » : [[www.ordre.medecin.fr|https://www.ordre.medecin.fr]], ou par chèque à l'ordre du Conseil départemental.

Si vous rencontrez des difficultés, n'hésitez pas à nous contacter : des facilités de paiement et l'entraide ordinale peuvent être sollicitées en toute confidentialité.

Le service comptabilité
Conseil départemental de Saône-et-Loire de l'Ordre des médecins
03 85 41 52 30
""", phones=['+33385415230'], domains=['medecin.fr'])

M('l04_ameli_info', 'legitimate', 'fr', name="L'Assurance Maladie", addr='ne-pas-repondre@assurance-maladie.fr',
  subject='Votre relevé ROSP 2024 est disponible', date=(2025, 3, 28, 9, 45),
  body="""
Docteur,

Le relevé de votre rémunération sur objectifs de santé publique (ROSP) au titre de l'année 2024 est disponible dans votre espace amelipro, rubrique « Activités > ROSP ».

Pour y accéder, connectez-vous comme d'habitude avec votre carte CPS ou votre e-CPS sur [[espacepro.ameli.fr|https://espacepro.ameli.fr]].

L'Assurance Maladie ne vous demandera jamais vos coordonnées bancaires par courriel.

Votre caisse primaire d'assurance maladie
""", domains=['ameli.fr'])

M('l05_urssaf_echeancier', 'legitimate', 'fr', name='Urssaf', addr='ne-pas-repondre@urssaf.fr',
  subject='Un nouveau document est disponible dans votre espace', date=(2024, 12, 16, 7, 30),
  body="""
Bonjour,

Un nouveau document est disponible dans votre espace en ligne : « Échéancier 2025 - Praticiens et auxiliaires médicaux conventionnés ».

Pour le consulter, connectez-vous sur [[urssaf.fr|https://www.urssaf.fr]] avec vos identifiants habituels.

Pour votre sécurité, l'Urssaf ne vous demande jamais vos coordonnées bancaires ou vos identifiants par courriel ou par SMS.

Votre Urssaf
""", domains=['urssaf.fr'])

M('l06_ars_alerte', 'legitimate', 'fr', name='ARS Bourgogne-Franche-Comté', addr='ars-bfc-alerte@ars.sante.fr',
  subject='URGENT - DGS-Urgent : rupture d\'approvisionnement amoxicilline buvable', date=(2024, 11, 8, 17, 45),
  body="""
Mesdames, Messieurs,

Veuillez trouver ci-dessous le message DGS-Urgent n° 2024-18 relatif aux tensions d'approvisionnement en amoxicilline en suspension buvable, et les recommandations de prescription associées.

Le message complet est consultable sur le site du ministère : [[Messages DGS-Urgent|https://sante.gouv.fr/professionnels/article/dgs-urgent]]

Pour toute question : [[www.bourgogne-franche-comte.ars.sante.fr|https://www.bourgogne-franche-comte.ars.sante.fr]]

Cellule de veille, d'alerte et de gestion sanitaire
""", domains=['sante.gouv.fr', 'sante.fr'])

M('l07_has_newsletter', 'legitimate', 'fr', name='HAS - Haute Autorité de Santé', addr='lettre@has-sante.fr',
  subject='Nouvelles recommandations : prise en charge de l\'HTA de l\'adulte', date=(2024, 10, 23, 11, 30),
  body="""
Bonjour,

La HAS publie une fiche mémo actualisée sur la prise en charge de l'hypertension artérielle de l'adulte, ainsi qu'un outil d'aide à la décision partagée.

[[Consulter la fiche mémo|https://www.has-sante.fr/jcms/p_3534180/fr/hta-adulte]]

Vous recevez cette lettre car vous y êtes abonné. [[Se désabonner|https://www.has-sante.fr/jcms/newsletter/desabonnement]]
""", domains=['has-sante.fr'])

M('l08_doctolib_reset', 'legitimate', 'fr', name='Doctolib', addr='no-reply@doctolib.fr',
  subject='Réinitialisation de votre mot de passe Doctolib', date=(2024, 8, 19, 8, 3),
  body="""
Bonjour,

Vous avez demandé à réinitialiser votre mot de passe. Cliquez sur le bouton ci-dessous pour en choisir un nouveau. Ce lien est valable 30 minutes.

[[Réinitialiser mon mot de passe|https://pro.doctolib.fr/password/edit?reset_password_token=Hx8d2Kq]]

Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer cet e-mail.

L'équipe Doctolib
""", domains=['doctolib.fr'])

M('l09_patient', 'legitimate', 'fr', name='Martine Lebrun', addr='martine.lebrun58@laposte.net',
  subject='demande d\'ordonnance', date=(2024, 6, 3, 19, 42), html=False,
  body="""
Bonsoir docteur

Excusez moi de vous écrire par mail mais le secrétariat ne répond pas. Je n'ai plus de Kardégic et de Tahor, est ce que je peux passer chercher une ordonnance jeudi ? Je vous mets mon numéro si besoin 06 71 23 88 40.

Merci beaucoup
Martine Lebrun
""", phones=['+33671238840'])

M('l10_labo', 'legitimate', 'fr', name='Laboratoire Bio-Saône', addr='resultats@biosaone-labo.fr',
  subject='Résultats disponibles - patient DUR*** ', date=(2024, 9, 12, 12, 20),
  body="""
Docteur,

Les résultats d'analyses de votre patient sont disponibles sur notre serveur de résultats sécurisé. Un résultat est signalé comme critique (kaliémie).

Accès au serveur : [[https://resultats.biosaone-labo.fr|https://resultats.biosaone-labo.fr]]

Le biologiste de garde est joignable au 03 85 93 20 00.

Laboratoire de biologie médicale Bio-Saône
""", phones=['+33385932000'], domains=['biosaone-labo.fr'])

M('l11_colleague_letter', 'legitimate', 'fr', name='Dr Bertrand Charrier', addr='b.charrier@cardio-chalon.fr',
  subject='Mme R. - compte rendu échocardiographie', date=(2024, 5, 16, 18, 5), html=False,
  body="""
Cher confrère,

Je vous remercie de m'avoir adressé Mme R. Vous trouverez ci-joint le compte rendu de l'échocardiographie. FEVG conservée, pas de valvulopathie significative. Je la revois dans un an.

Pour des raisons de sécurité, je vous enverrai désormais mes courriers via la messagerie sécurisée ; pourriez-vous me communiquer votre adresse MSSanté ?

Bien confraternellement,
Bertrand Charrier
""")

M('l12_cnom_newsletter', 'legitimate', 'fr', name="Ordre des médecins", addr='newsletter@ordre.medecin.fr',
  subject='Fraude au DPC : l\'Ordre vous alerte', date=(2024, 7, 11, 10, 30),
  body="""
Chère consœur, cher confrère,

Nous constatons l'émergence de démarchages abusifs auprès des médecins dans le cadre du DPC et de la certification périodique. Des personnes se présentent comme « direction régionale de certification périodique », menacent de radiation ou demandent vos identifiants.

Rappel : seule la chambre disciplinaire peut prononcer une radiation. L'ANS et l'ANDPC ne vous contacteront jamais pour vous proposer des actions de formation. Ne communiquez jamais vos identifiants et signalez ces démarchages à votre conseil départemental.

[[Lire l'article complet|https://www.ordre.medecin.fr/actualites/fraude-demarchage-dpc]]

Conseil national de l'Ordre des médecins
[[Se désinscrire de la newsletter|https://www.ordre.medecin.fr/newsletter/desinscription]]
""", domains=['medecin.fr'])

M('l13_psc_code', 'legitimate', 'fr', name='e-CPS', addr='ne-pas-repondre@esante.gouv.fr',
  subject='Activation de votre e-CPS', date=(2024, 4, 19, 16, 25),
  body="""
Bonjour,

Vous avez demandé l'activation de votre carte e-CPS. Votre code d'activation est : 684 219

Ce code est valable 15 minutes. Ne le communiquez à personne, y compris à une personne se présentant comme un agent de l'Agence du Numérique en Santé.

Plus d'informations : [[wallet.esante.gouv.fr|https://wallet.esante.gouv.fr]]
""", domains=['esante.gouv.fr'])

M('l14_cpam_contact', 'legitimate', 'fr', name='CPAM de Saône-et-Loire - Délégué Assurance Maladie', addr='das.cpam-saone-et-loire@assurance-maladie.fr',
  subject='Proposition de rendez-vous - échange confraternel', date=(2024, 11, 13, 9, 10), html=False,
  body="""
Docteur,

Dans le cadre de l'accompagnement des médecins généralistes, je souhaiterais vous rencontrer à votre cabinet pour un échange d'une trentaine de minutes sur la prescription des arrêts de travail et les nouveaux outils de la convention 2024.

Pourriez-vous m'indiquer vos disponibilités la semaine du 25 novembre ? Vous pouvez me joindre au 03 85 39 71 42.

Cordialement,
Claire Dupuis
Déléguée de l'Assurance Maladie
""", phones=['+33385397142'])

M('l15_impots_real', 'legitimate', 'fr', name='impots.gouv.fr', addr='ne-pas-repondre@dgfip.finances.gouv.fr',
  subject='Votre avis d\'impôt est disponible dans votre espace particulier', date=(2024, 7, 29, 6, 0),
  body="""
Madame, Monsieur,

Votre avis d'impôt sur les revenus 2023 est disponible dans votre espace particulier sur impots.gouv.fr.

Pour le consulter, connectez-vous à votre espace particulier sur le site [[impots.gouv.fr|https://www.impots.gouv.fr]], rubrique « Documents ».

Cordialement,
La Direction générale des Finances publiques
""", domains=['impots.gouv.fr'])

M('l16_ordre_suspension_info', 'legitimate', 'fr', name='Conseil départemental de l\'Ordre des médecins 71', addr='greffe@cdom71.ordre.medecin.fr',
  subject='Convocation - commission de conciliation du 4 février', date=(2025, 1, 15, 10, 40),
  body="""
Docteur,

Suite à la plainte déposée par Mme X. le 2 décembre 2024, et conformément à l'article L.4123-2 du code de la santé publique, vous êtes convoqué(e) à une réunion de conciliation le mardi 4 février 2025 à 14h30 au siège du conseil départemental, 12 rue de Lyon, Mâcon.

Une convocation officielle vous est également adressée par lettre recommandée avec accusé de réception. La conciliation n'est pas une procédure disciplinaire ; vous pouvez vous faire assister d'un confrère ou d'un avocat.

Le greffe reste à votre disposition au 03 85 41 52 30.

Le secrétariat du Conseil départemental
""", phones=['+33385415230'])

M('l17_hopital_it', 'legitimate', 'fr', name='DSI - Centre Hospitalier de Mâcon', addr='dsi@ch-macon.fr',
  subject='[Information DSI] Changement obligatoire de votre mot de passe avant le 15/10', date=(2024, 10, 1, 9, 0),
  body="""
Bonjour,

Dans le cadre du renforcement de la sécurité informatique de l'établissement, tous les mots de passe des comptes Windows doivent être changés avant le 15 octobre.

Le changement se fait UNIQUEMENT depuis un poste de l'hôpital : Ctrl+Alt+Suppr > « Modifier un mot de passe ». La DSI ne vous enverra jamais de lien pour modifier votre mot de passe et ne vous le demandera jamais.

Pour toute difficulté : poste 4455 ou intranet, rubrique Assistance.

La Direction des Systèmes d'Information
""", html=False)

M('l18_mssante_welcome', 'legitimate', 'fr', name='Mailiz - Messagerie sécurisée', addr='noreply@mailiz.mssante.fr',
  subject='Votre boîte aux lettres MSSanté a été créée', date=(2024, 5, 2, 11, 30),
  body="""
Bonjour Docteur,

Votre boîte aux lettres de messagerie sécurisée de santé a bien été créée.

Connectez-vous avec votre carte CPS ou votre e-CPS sur [[mailiz.mssante.fr|https://mailiz.mssante.fr]].

L'annuaire national MSSanté vous permet de retrouver vos correspondants. Plus d'informations : [[www.mssante.fr|https://www.mssante.fr]]
""", domains=['mssante.fr'])

M('l19_service_public', 'legitimate', 'fr', name='Service-Public.fr', addr='lettre@service-public.fr',
  subject='La lettre Service-Public Pro : ce qui change au 1er janvier', date=(2024, 12, 30, 8, 0),
  body="""
Ce qui change au 1er janvier 2025 pour les entreprises et professions libérales : plafond de la sécurité sociale, facturation électronique, taux de cotisations.

[[Lire la lettre|https://entreprendre.service-public.fr/actualites]]

[[Gérer mon abonnement|https://www.service-public.fr/compte/abonnements]]
""", domains=['service-public.fr'])

M('l20_confrere_remplacant', 'legitimate', 'fr', name='Camille Roux', addr='camille.roux.remplacante@gmail.com',
  subject='Remplacement août + RIB pour la rétrocession', date=(2024, 8, 30, 20, 15), html=False,
  body="""
Bonsoir Docteur,

Merci encore pour ce remplacement, tout s'est bien passé. Je vous joins le relevé des actes et mon RIB pour la rétrocession (70 % comme convenu), total 6 842 €.

Deux patients sont à revoir : M. G. (contrôle INR) et Mme P. (résultats d'IRM attendus).

Bonne reprise !
Camille
06 62 40 19 87
""", phones=['+33662401987'])

M('l21_cps_renouvellement', 'legitimate', 'fr', name='Agence du Numérique en Santé', addr='ne-pas-repondre@esante.gouv.fr',
  subject='Votre carte CPS arrive à expiration', date=(2024, 9, 3, 10, 10),
  body="""
Madame, Monsieur,

Votre carte de professionnel de santé (CPS) arrive à expiration le 30/10/2024. Une nouvelle carte vous sera adressée automatiquement par courrier à l'adresse de votre lieu d'exercice, sans démarche de votre part et sans frais.

Vérifiez que votre adresse est à jour auprès de votre Ordre. Pour en savoir plus : [[esante.gouv.fr/produits-services/cps|https://esante.gouv.fr/produits-services/cps]]

L'Agence du Numérique en Santé
""", domains=['esante.gouv.fr'])

M('l22_cdom_cp_meeting', 'legitimate', 'fr', name='CDOM 71', addr='communication@cdom71.ordre.medecin.fr',
  subject='Soirée d\'information : certification périodique et DPC, mode d\'emploi', date=(2024, 9, 20, 15, 30),
  body="""
Chère consœur, cher confrère,

Face aux nombreuses questions et aux démarchages frauduleux que vous nous signalez, le conseil départemental organise une soirée d'information sur la certification périodique le jeudi 17 octobre à 19h30, salle des conférences de la CCI de Mâcon.

Inscription gratuite : [[formulaire d'inscription|https://www.conseil71.ordre.medecin.fr/inscription-soiree-cp]]

Pour rappel, vous pouvez nous signaler tout démarchage suspect à signalement@cdom71.ordre.medecin.fr.

Confraternellement,
Le bureau du Conseil départemental
""", domains=['medecin.fr'])

M('l23_pharma_bon_usage', 'legitimate', 'fr', name='ANSM', addr='ne-pas-repondre@ansm.sante.fr',
  subject='Information de sécurité : valproate et dérivés', date=(2025, 2, 14, 14, 14),
  body="""
Information destinée aux prescripteurs

L'ANSM rappelle les conditions de prescription et de délivrance du valproate et de ses dérivés chez les patients de sexe masculin. Un nouveau formulaire d'accord de soins est disponible.

[[Consulter l'information de sécurité|https://ansm.sante.fr/informations-de-securite/valproate-2025]]

Agence nationale de sécurité du médicament et des produits de santé
""", domains=['sante.fr'])

M('l24_facture_logiciel', 'legitimate', 'fr', name='Service facturation Maiia', addr='facturation@maiia.com',
  subject='Votre facture de janvier 2025 (échec de prélèvement)', date=(2025, 1, 31, 8, 30),
  body="""
Bonjour Docteur,

Le prélèvement de votre facture de janvier (89,00 € TTC) a été rejeté par votre banque. Nous le représenterons automatiquement le 10 février.

Si vos coordonnées bancaires ont changé, merci de les mettre à jour depuis votre espace client, rubrique Facturation : [[mon espace|https://pro.maiia.com/facturation]]

Notre support reste joignable au 01 86 65 48 00.

Le service facturation
""", phones=['+33186654800'], domains=['maiia.com'])

M('l25_patient_threat_like', 'legitimate', 'fr', name='Jean-Pierre Vautrin', addr='jp.vautrin@free.fr',
  subject='réclamation', date=(2024, 12, 9, 22, 50), html=False,
  body="""
Docteur,

Je vous écris car je suis très mécontent de l'attente de samedi dernier (2h !) et du fait que vous ayez refusé de prolonger mon arrêt. Si ça continue je vais écrire à l'Ordre des médecins.

Je souhaite récupérer une copie de mon dossier médical, comme c'est mon droit.

J-P Vautrin
""")

M('l26_urssaf_reset_requested', 'legitimate', 'fr', name='Urssaf', addr='ne-pas-repondre@urssaf.fr',
  subject='Réinitialisation de votre mot de passe', date=(2025, 2, 26, 13, 5),
  body="""
Bonjour,

Vous avez fait une demande de réinitialisation de mot de passe pour votre espace en ligne.

Votre code de vérification est : 418 560

Ce code est valable 10 minutes. Si vous n'êtes pas à l'origine de cette demande, nous vous recommandons de vous connecter à votre espace sur [[www.urssaf.fr|https://www.urssaf.fr]] et de modifier votre mot de passe.

Votre Urssaf
""", domains=['urssaf.fr'])

M('l27_ars_appel', 'legitimate', 'fr', kind='sms', name='ARS BFC', date=(2024, 7, 20, 10, 0),
  body="""ARS BFC: Canicule niveau orange en Saone-et-Loire du 20 au 23/07. Recommandations pour vos patients fragiles sur sante.gouv.fr/canicule. Ne pas repondre.""",
  domains=['sante.gouv.fr'])

M('l28_cpam_call', 'legitimate', 'fr', kind='call', date=(2024, 12, 5, 15, 40),
  body="""Appel du service médical de la CPAM (médecin-conseil, Dr Aubert) au sujet d'un patient en arrêt long, qui m'a demandé de la rappeler au 03 85 39 71 00 ; elle n'a demandé aucun identifiant, seulement l'avis sur la reprise.""",
  phones=['+33385397100'])

M('l29_anesthesiste_invite', 'legitimate', 'fr', name='Secrétariat CPTS Sud Saône', addr='coordination@cpts-sudsaone.fr',
  subject='Réunion plénière CPTS - 28 novembre + questionnaire', date=(2024, 11, 7, 13, 0),
  body="""
Bonjour à toutes et à tous,

La prochaine réunion plénière de la CPTS se tiendra le jeudi 28 novembre à 20h à la salle des fêtes de Tournus. Ordre du jour : protocole de coopération renouvellement de traitement, accès aux soins non programmés, point financier.

Merci de répondre au questionnaire sur les besoins en soins non programmés avant la réunion : [[questionnaire (5 min)|https://forms.office.com/e/Zk7pQ2sNa4]]

Bien cordialement,
Émilie, coordinatrice
""", domains=['office.com'])

# English legitimate
M('l30_elsevier_review', 'legitimate', 'en', name='BMJ Open', addr='onbehalfof@manuscriptcentral.com',
  subject='Invitation to review manuscript bmjopen-2024-091277', date=(2024, 9, 9, 15, 0),
  body="""
Dear Dr,

I would like to invite you to review the manuscript "Patient-reported outcomes after telehealth follow-up in general practice: a cohort study", submitted to BMJ Open. If you agree, we would appreciate your review within 14 days.

Agree: [[https://mc.manuscriptcentral.com/bmjopen?URL_MASK=agree-91277|https://mc.manuscriptcentral.com/bmjopen?URL_MASK=agree-91277]]
Decline: [[https://mc.manuscriptcentral.com/bmjopen?URL_MASK=decline-91277|https://mc.manuscriptcentral.com/bmjopen?URL_MASK=decline-91277]]

With best wishes,
Editorial Office, BMJ Open
""", domains=['manuscriptcentral.com'])

M('l31_zoom_reset', 'legitimate', 'en', name='Zoom', addr='no-reply@zoom.us',
  subject='Reset your Zoom password', date=(2024, 6, 21, 19, 25),
  body="""
Hello,

We received a request to reset the password for your Zoom account. Click the link below to reset it. This link will expire in 24 hours.

[[Reset Password|https://zoom.us/reset_password?token=Ay7dK2pQ]]

If you did not request a password reset, you can safely ignore this email.

The Zoom Team
""", domains=['zoom.us'])

M('l32_congress_confirm', 'legitimate', 'en', name='ESC Congress', addr='congress-registration@escardio.org',
  subject='Your registration to ESC Congress 2024 - London', date=(2024, 6, 27, 10, 20),
  body="""
Dear Participant,

Thank you for registering to ESC Congress 2024, 30 August - 2 September, London. Your registration number is 2024-118872.

Your badge can be collected on site with your QR code, available in your MyESC account: [[www.escardio.org/myESC|https://www.escardio.org/myESC]]

Invoice and payment receipt are attached to this email.

ESC Congress Registration Team
""", domains=['escardio.org'])

M('l33_ms_security_code', 'legitimate', 'en', name='Microsoft account team', addr='account-security-noreply@accountprotection.microsoft.com',
  subject='Microsoft account security code', date=(2024, 8, 12, 7, 58), html=False,
  body="""
Microsoft account

Security code

Please use the following security code for the Microsoft account do***@ou*****.fr.

Security code: 502183

If you don't recognize the Microsoft account do***@ou*****.fr, you can click https://account.live.com/dp?ft=-DqA7 to remove your email address from that account.

Thanks,
The Microsoft account team
""", domains=['live.com'])

M('l34_nejm_alert', 'legitimate', 'en', name='NEJM', addr='nejmetoc@n.nejm.org',
  subject='This week in NEJM - December 5, 2024', date=(2024, 12, 5, 17, 0),
  body="""
This Week's Issue

Original Articles: Semaglutide and Outcomes in Heart Failure; Influenza Vaccination Strategies in Older Adults.

[[Read the Table of Contents|https://www.nejm.org/toc/nejm/391/22]]

You are receiving this email because you signed up for NEJM Table of Contents alerts. [[Unsubscribe|https://www.nejm.org/action/unsubscribe]]
""", domains=['nejm.org'])

M('l35_colleague_en', 'legitimate', 'en', name='Dr. Sophie Clarke', addr='sophie.clarke@nhs.net',
  subject='Patient transferring to France - summary', date=(2025, 2, 6, 12, 45), html=False,
  body="""
Dear Colleague,

I'm writing about our mutual patient Mr. D., who moved to your area last month. He has type 2 diabetes and CKD stage 3a. His latest bloods and medication list are attached. Happy to discuss by phone on +44 1632 960 713 (surgery line) if helpful.

Kind regards,
Dr. Sophie Clarke
General Practitioner
""", phones=['+441632960713'])
