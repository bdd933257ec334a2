# -*- coding: utf-8 -*-
"""Hand-written originals (e-mails, SMS, phone calls) and the reporters who forward them.

Every e-mail: id, label, lang, sender name + address, Reply-To, subject, date, body in
its own voice.  Links are written [[key]] in the body and listed in `links` as
(shown text, real target).  Phones are written as the original shows them and listed
in E.164 in `phones`.  SMS and calls carry `typed`: the doctor's own descriptions
(each with the links/phones that description really carries).
"""
from textwrap import dedent

ORIGINALS = []


def _b(s):
    return dedent(s).strip('\n') + '\n'


def E(id, label, lang, frm, subject, date, body, links=None, phones=None, **kw):
    name, address = frm
    d = dict(id=id, label=label, lang=lang, kind='email', from_name=name, from_addr=address,
             subject=subject, date=date, body=_b(body), links=links or {}, phones=phones or [])
    d.update(kw)
    ORIGINALS.append(d)


def SMS(id, label, lang, sender, date, body, links=None, phones=None, typed=None, **kw):
    d = dict(id=id, label=label, lang=lang, kind='sms', from_name=sender, from_addr=None, subject='',
             date=date, body=_b(body), links=links or {}, phones=phones or [], typed=typed or [])
    d.update(kw)
    ORIGINALS.append(d)


def CALL(id, label, lang, date, typed, phones=None, **kw):
    d = dict(id=id, label=label, lang=lang, kind='call', from_name='', from_addr=None, subject='',
             date=date, body='', links={}, phones=phones or [], typed=typed)
    d.update(kw)
    ORIGINALS.append(d)


def T(text, links=(), phones=()):
    return dict(text=_b(text), links=list(links), phones=list(phones))


# ---------------------------------------------------------------------------
# Reporters (doctors, secretaries).  Their signatures carry their own phones and
# links: NOT indicators of the originals.
REPORTERS = {
    'martin': dict(name='Dr Hélène Martin', addr='helene.martin33@orange.fr',
                   sig='Dr Hélène Martin\nMédecin généraliste\n12 rue Sainte-Catherine, 33000 Bordeaux\nTél. 05 56 44 12 87'),
    'benali': dict(name='Karim Benali', addr='k.benali.medecin@gmail.com',
                   sig='Dr Karim Benali - Cardiologue\nPrise de RDV : https://www.doctolib.fr/cardiologue/lyon/karim-benali\n04 78 62 11 09'),
    'lefevre': dict(name='LEFEVRE Jean-Pierre', addr='jp.lefevre@wanadoo.fr', sig=''),
    'rousseau': dict(name='Dr Claire Rousseau', addr='claire.rousseau@cabinet-medical-lesmimosas.fr',
                     sig='Cabinet médical Les Mimosas\n3 avenue de la Gare – 06400 Cannes\nSecrétariat : 04 93 38 55 20\nwww.cabinet-medical-lesmimosas.fr'),
    'nguyen': dict(name='Thi Nguyen', addr='thi.nguyen.pediatre@free.fr', sig='T. Nguyen, pédiatre'),
    'garnier': dict(name='Secrétariat Dr Garnier', addr='secretariat.garnier@sfr.fr',
                    sig='Sophie, secrétaire médicale\nCabinet du Dr Paul Garnier, 18 place Carnot, 21000 Dijon\n03 80 30 41 72'),
    'paul_garnier': dict(name='Paul Garnier', addr='paul.garnier@laposte.net', sig='Dr P. Garnier'),
    'dubois': dict(name='Marc Dubois', addr='marc.dubois@yahoo.fr', sig=''),
    'moreau': dict(name='Dr Anne Moreau', addr='anne.moreau@medecin.mssante.fr',
                   sig='Dr Anne MOREAU\nDermatologie - Vénérologie\nRPPS 10003456789\nhttps://www.dermato-moreau-nantes.fr'),
    'petit': dict(name='Françoise Petit', addr='francoise.petit59@hotmail.fr', sig='Françoise Petit\nMédecin du travail (retraitée active)'),
    'leroy': dict(name='Dr Olivier Leroy', addr='o.leroy@ch-valence.fr',
                  sig='Dr Olivier LEROY\nService de médecine polyvalente\nCentre Hospitalier de Valence\nPoste 4 42 17 – bip 618'),
    'haddad': dict(name='Nadia Haddad', addr='nadia.haddad.md@outlook.fr', sig='Nadia Haddad\nMG – Maison de santé de Vierzon\n02 48 75 20 11'),
    'fontaine': dict(name='Dr Bertrand Fontaine', addr='bertrand.fontaine@icloud.com', sig=''),
    'chevalier': dict(name='Isabelle Chevalier', addr='isabelle.chevalier@orange.fr',
                      sig='Isabelle Chevalier\nPsychiatre\n06 71 22 90 34\nCe message est confidentiel.'),
    'roux': dict(name='Dr Thomas Roux', addr='thomas.roux@gmail.com',
                 sig='Thomas Roux\nMédecin généraliste — Aurillac\nhttps://www.linkedin.com/in/thomas-roux-mg'),
    'smith': dict(name='Dr Emily Smith', addr='emily.smith.gp@gmail.com',
                  sig='Emily Smith MD\nMédecin généraliste (anglophone) – Biarritz\n+33 6 12 48 90 77'),
    'bernard': dict(name='Michel Bernard', addr='michel.bernard@free.fr', sig='M. Bernard'),
    'lambert': dict(name='Dr Sylvie Lambert', addr='sylvie.lambert@laposte.net',
                    sig='Dr Sylvie Lambert, gynécologue\n9 bd Gambetta 87000 Limoges\n05 55 77 31 02'),
    'girard': dict(name='Julien Girard', addr='julien.girard.ophtalmo@gmail.com', sig='--\nJulien Girard\nOphtalmologiste'),
    'morel': dict(name='Dr Agnès Morel', addr='agnes.morel@sfr.fr', sig='A. Morel\nMédecin généraliste, Quimper'),
    'secr_morel': dict(name='Accueil MSP de Kerfeunteun', addr='accueil.msp.kerfeunteun@gmail.com',
                       sig='Maison de Santé Pluriprofessionnelle de Kerfeunteun\n02 98 95 60 10\nhttps://msp-kerfeunteun.fr'),
    'faure': dict(name='Dr Laurent Faure', addr='laurent.faure@orange.fr', sig='Dr L. Faure\nRhumatologue – Clermont-Ferrand'),
    'blanc': dict(name='Cécile Blanc', addr='cecile.blanc.med@yahoo.fr', sig='Cécile Blanc, médecin remplaçante'),
    'henry': dict(name='Dr Philippe Henry', addr='philippe.henry@cabinet-henry-radiologie.fr',
                  sig='Dr Philippe HENRY\nImagerie médicale des Remparts\nTél : 03 26 47 80 15 - Fax : 03 26 47 80 16'),
    'wilson': dict(name='James Wilson', addr='james.wilson.md@outlook.com', sig='James Wilson, MD\nGP, Menton'),
    'perrin': dict(name='Dr Mathilde Perrin', addr='mathilde.perrin@free.fr', sig=''),
}


# ===========================================================================
# FRAUD
# ===========================================================================
E('f01_dpc_credit', 'fraud', 'fr', ('Agence nationale du DPC', 'notification@agencedpc-gouv.fr'),
  'Votre crédit de formation DPC 2024 expire le 31/12 – action requise',
  '2024-11-18 08:12:44 +0100', '''
Docteur,

Selon nos registres, votre forfait individuel de Développement Professionnel Continu pour l'année 2024 n'a pas encore été utilisé.

Montant disponible : 2 340,00 € (prise en charge intégrale, sans avance de frais)
Date limite d'utilisation : 31 décembre 2024

Passé ce délai, les droits non consommés seront définitivement perdus et votre situation sera signalée à l'instance chargée de votre certification périodique.

Pour conserver vos droits, il vous suffit de confirmer votre profil et de choisir une action en moins de 3 minutes :

[[btn]]

Cordialement,

Le service Gestion des droits
Agence nationale du Développement Professionnel Continu
''', links={'btn': ('Je confirme mes droits DPC', 'https://agencedpc-gouv.fr/professionnel/droits/confirmer?ref=MG24-88172')},
  campaign='dpc_credit_2024', brand='Agence nationale du DPC')

E('f02_drcp_mail', 'fraud', 'fr', ('Direction Régionale de Certification Périodique', 'contact@drcp-medecins.fr'),
  'Avis de non-conformité – certification périodique – Dossier n° CP-2024-07713',
  '2024-10-02 14:03:10 +0200', '''
Madame, Monsieur le Docteur,

Après vérification de votre dossier, nos services constatent qu'aucune action de certification périodique n'a été enregistrée à votre nom pour le cycle en cours.

Conformément à l'ordonnance n° 2021-961, le défaut de certification expose le praticien à une procédure de suspension puis de radiation du tableau de l'Ordre.

Afin de régulariser votre situation avant transmission de votre dossier au conseil départemental, nous vous invitons à contacter sans délai votre conseillère référente, Mme Laurent, au 01 85 09 47 22 (du lundi au vendredi, 9h-18h), munie de votre numéro RPPS.

Nous vous rappelons que cet appel est indispensable et que sans réponse de votre part sous 8 jours, votre dossier sera clôturé.

Direction Régionale de Certification Périodique
Pôle conformité des professionnels de santé
''', phones=['+33185094722'], campaign='drcp_non_conformite')

CALL('f03_drcp_call', 'fraud', 'fr', '2024-10-08 11:20:00 +0200', typed=[
    T('''
Bonjour,

Je viens de recevoir un appel au cabinet (ma secrétaire me l'a passé car la personne insistait pour me parler "personnellement, c'est au sujet de votre droit d'exercer"). Une femme s'est présentée comme "la direction régionale de la certification périodique". Elle m'a dit que je n'étais pas à jour, que j'avais "jusqu'à vendredi" et que sinon mon dossier partait à l'Ordre pour radiation. Elle voulait que je crée mon compte avec elle au téléphone et que je lui donne mon numéro RPPS et mon mot de passe Mon DPC "pour rattacher les heures".

J'ai raccroché. Le numéro affiché était le 01 89 71 22 40.

Je vous le signale puisque vous le demandez dans votre dernière circulaire.
''', phones=['+33189712240']),
    T('''
Appel reçu ce matin à 9h10 du 01 89 71 22 40. Interlocuteur masculin, très pressant, se disant mandaté par "la direction régionale de certification" et me menaçant d'une suspension si je ne validais pas "mon parcours" avant la fin du mois. Il a proposé de m'inscrire tout de suite à une formation "100 % prise en charge". J'ai demandé le nom de l'organisme, il a été évasif puis a raccroché.
''', phones=['+33189712240']),
], phones=['+33189712240'], campaign='appel_drcp')

SMS('f04_sms_dpc', 'fraud', 'fr', 'ANDPC-INFO', '2024-11-25 10:41:00 +0100', '''
ANDPC: Dr, il vous reste 1 800EUR de droits DPC 2024 non utilises. Activez-les avant le 30/11 sinon ils seront perdus : [[l]]
''', links={'l': ('mondpc-activation.fr/a/7Hq2', 'https://mondpc-activation.fr/a/7Hq2')}, typed=[
    T('''
Bonjour
J'ai reçu un SMS de l'expéditeur "ANDPC-INFO" qui dit que j'ai 1800 euros de droits DPC à utiliser avant le 30/11 et un lien mondpc-activation.fr/a/7Hq2
Je n'ai pas cliqué. C'est bien une arnaque ?
''', links=['l']),
    T('''
sms reçu hier soir 21h (!) signé ANDPC-INFO, droits DPC "perdus" si pas activés, lien vers un site mondpc-activation point fr. Pour votre collection.
''', links=[]),
], campaign='sms_andpc_droits')

E('f05_ecps', 'fraud', 'fr', ('Pro Santé Connect', 'securite@prosanteconnect-esante.com'),
  'e-CPS : votre identité numérique sera désactivée sous 48h',
  '2025-01-14 07:55:31 +0100', '''
Bonjour Docteur,

Dans le cadre du renforcement de la sécurité des accès aux services numériques en santé, toutes les e-CPS doivent être re-certifiées avant le 17 janvier 2025.

Votre e-CPS n'a pas encore été re-certifiée. Sans action de votre part, l'accès à Ameli Pro, au DMP et à votre messagerie sécurisée sera suspendu.

La procédure prend 2 minutes et nécessite votre numéro RPPS ainsi que votre code PIN de carte CPS.

[[b]]

Agence du Numérique en Santé – Service Pro Santé Connect
Ceci est un message automatique, merci de ne pas y répondre.
''', links={'b': ('Re-certifier mon e-CPS', 'https://prosanteconnect-esante.com/recertification/login.php?id=55102')},
  campaign='ecps_recertif', brand='Pro Santé Connect', brand_color='#000091')

E('f06_mondpc_reset', 'fraud', 'fr', ('Mon DPC', 'no-reply@mondpc-securite.fr'),
  'Réinitialisation de votre mot de passe Mon DPC',
  '2024-09-19 03:17:02 +0200', '''
Bonjour,

Une demande de réinitialisation du mot de passe de votre compte Mon DPC a été effectuée.

Si vous êtes à l'origine de cette demande, cliquez sur le lien ci-dessous :
[[r]]

Si vous n'êtes pas à l'origine de cette demande, votre compte est peut-être compromis : sécurisez-le immédiatement en vérifiant vos informations ici :
[[s]]

L'équipe Mon DPC
''', links={'r': ('Réinitialiser mon mot de passe', 'https://mondpc-securite.fr/reset?token=b81f0c2e9a'),
            's': ('Sécuriser mon compte', 'https://mondpc-securite.fr/verify-account?token=b81f0c2e9a')})

E('f07_ameli_vitale', 'fraud', 'fr', ('ameli', 'info@ameli-assure-service.info'),
  'Votre carte vitale arrive a expiration',
  '2024-05-06 16:44:10 +0200', '''
Cher(e) assuré(e),

Nous vous informons que votre carte vitale arrive a expiration, afin de continuer a beneficier de vos remboursement vous devez commander votre nouvelle carte vitale.

Des frais de livraison de 1,49 € sont a regler.

[[c]]

Sans commande de votre part sous 72h, vos droits seront suspendus.

Cordialement,
L'Assurance Maladie
''', links={'c': ('Commander ma carte', 'https://ameli-assure-service.info/carte/commande/')}, brand='ameli.fr')

E('f08_amelipro_rosp', 'fraud', 'fr', ('Assurance Maladie - Espace Pro', 'rosp@espacepro-ameli.com'),
  'Régularisation ROSP 2023 : montant en attente de versement',
  '2024-04-11 12:30:00 +0200', '''
Docteur,

Le calcul définitif de votre Rémunération sur Objectifs de Santé Publique (ROSP) au titre de l'année 2023 fait apparaître un complément de 1 274,60 € en votre faveur.

Vos coordonnées bancaires enregistrées n'étant plus valides, le versement n'a pas pu être effectué.

Nous vous remercions de mettre à jour votre RIB depuis votre espace professionnel avant le 30 avril 2024 :
[[l]]

Pour toute question, votre Caisse reste à votre disposition.

Service Relations Professionnels de Santé
''', links={'l': ('https://espacepro.ameli.fr/PortailPS/rosp', 'https://espacepro-ameli.com/PortailPS/connexion.html')})

E('f09_urssaf_trop_percu', 'fraud', 'fr', ('URSSAF', 'remboursement@urssaf-fr.info'),
  'Avis de remboursement - trop-perçu de cotisations',
  '2024-06-03 09:05:00 +0200', '''
Madame, Monsieur,

Suite au recalcul de vos cotisations sociales personnelles pour l'exercice 2023, un trop-perçu de 842,17 euros a été constaté en votre faveur.

Référence du dossier : URS-2023-PAM-558104

Afin de procéder au remboursement, veuillez compléter le formulaire sécurisé en renseignant vos coordonnées bancaires : [[f]]

Le remboursement sera effectué sous 5 jours ouvrés.

Urssaf – Service des praticiens et auxiliaires médicaux
''', links={'f': ('Accéder au formulaire', 'https://urssaf-fr.info/remboursement/formulaire.php')})

E('f10_impots', 'fraud', 'fr', ('impots.gouv.fr', 'dgfip-remboursement@impots-gouv-fr.com'),
  'Vous avez un remboursement en attente',
  '2024-08-22 19:38:00 +0200', '''
DIRECTION GENERALE DES FINANCES PUBLIQUES

Après les derniers calculs annuels de votre activité fiscale, nous avons déterminé que vous êtes admissible à recevoir un remboursement d'impôt de 389,50 €.

Veuillez soumettre la demande de remboursement et nous laisser 3 à 5 jours afin de la traiter.

[[r]]

Un remboursement peut être retardé pour diverses raisons, par exemple la soumission de données non valides ou le dépassement du délai.

Service des impôts des particuliers
''', links={'r': ('Accéder à mon remboursement', 'https://impots-gouv-fr.com/particulier/remboursement?session=88213')})

E('f11_cotisation_ordre', 'fraud', 'fr', ('Conseil National de l\'Ordre des Médecins', 'cotisation@ordre-medecins-paiement.fr'),
  'DERNIER RAPPEL : cotisation ordinale 2024 impayée – risque de radiation',
  '2024-05-21 10:00:00 +0200', '''
Docteur,

Malgré nos précédentes relances, nous n'avons pas enregistré le règlement de votre cotisation ordinale 2024 (montant : 345 €).

Nous vous rappelons que le non-paiement de la cotisation constitue un manquement déontologique pouvant conduire à la radiation du Tableau de l'Ordre.

Pour éviter toute procédure, réglez votre cotisation par carte bancaire avant le 31 mai via notre plateforme sécurisée :

[[p]]

Une majoration de 10 % sera appliquée après cette date.

Le Trésorier
Conseil National de l'Ordre des Médecins
4 rue Léon Jost – 75017 Paris
''', links={'p': ('Payer ma cotisation en ligne', 'https://ordre-medecins-paiement.fr/cotisation/2024/payer')},
  campaign='cotisation_radiation', brand='Ordre National des Médecins', brand_color='#1d3c6e')

E('f12_doctolib_suspendu', 'fraud', 'fr', ('Doctolib Pro', 'support@doctolib-pro-verification.com'),
  'Votre agenda Doctolib a été suspendu',
  '2024-07-09 06:48:12 +0200', '''
Bonjour Docteur,

Suite à un incident de paiement sur votre abonnement, votre agenda en ligne a été temporairement suspendu. Vos patients ne peuvent plus prendre rendez-vous.

Pour réactiver votre agenda immédiatement, merci de vérifier votre moyen de paiement :

[[v]]

Sans régularisation sous 24h, votre compte praticien sera définitivement désactivé et vos rendez-vous à venir annulés.

L'équipe Doctolib
''', links={'v': ('Réactiver mon agenda', 'https://doctolib-pro-verification.com/billing/update')}, campaign='doctolib_suspendu',
  brand='Doctolib', brand_color='#107aca')

E('f13_m365_quota', 'fraud', 'en', ('Microsoft 365 Admin', 'admin-noreply@mail-office365-alerts.com'),
  'Action required: Your mailbox storage is 98% full',
  '2024-03-14 02:11:40 +0100', '''
Microsoft 365

Your mailbox has reached 98% of its storage limit (49.1 GB of 50 GB).

You will soon be unable to send or receive new messages. Incoming emails from your patients and colleagues will be returned to the sender.

To avoid interruption, upgrade your storage for free by validating your account:

[[u]]

This request will expire in 24 hours.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
''', links={'u': ('Increase storage', 'https://storage-upgrade.m365-secure-portal.net/owa/validate?u=doc')})

E('f14_docusign', 'fraud', 'en', ('DocuSign via Legal Dept', 'dse@docusign-envelopes.net'),
  'Please DocuSign: Agreement_CHU_Partnership_2024.pdf',
  '2024-02-27 15:22:09 +0100', '''
Legal Department sent you a document to review and sign.

REVIEW DOCUMENT: [[d]]

Agreement_CHU_Partnership_2024.pdf

Please review and sign the agreement at your earliest convenience. The envelope will expire in 2 days.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
''', links={'d': ('REVIEW DOCUMENT', 'https://docusign-envelopes.net/Signing/?ti=8a1f6d2b44e94a3f')})

E('f15_kine_compromis', 'fraud', 'fr', ('Cabinet de kinésithérapie Les Acacias', 'secretariat@kine-lesacacias.fr'),
  'Bilan kiné - votre patient M. R.',
  '2024-10-15 13:26:55 +0200', '''
Bonjour Docteur,

Je vous transmets le bilan de fin de rééducation de votre patient, comme convenu.

Le document est trop volumineux pour être joint, vous pouvez le consulter ici :
[[doc]]

Bonne réception,

Sandrine
Secrétariat - Cabinet de kinésithérapie Les Acacias
''', links={'doc': ('Bilan_reeducation_MR.pdf (1,8 Mo)', 'https://sharedocs-viewer.com/s/Bilan_reeducation_MR/login')})

SMS('f16_sms_vitale', 'fraud', 'fr', '+33 7 56 81 20 44', '2024-09-30 18:02:00 +0200', '''
Assurance Maladie : votre carte Vitale expire le 02/10. Pour eviter une suspension de vos remboursements, commandez la nouvelle ici : [[l]]
''', links={'l': ('https://ameli.renouvellement-carte.com', 'https://ameli.renouvellement-carte.com')},
    phones=['+33756812044'], typed=[
    T('''
Bonjour,
reçu ce soir sur mon portable perso du 07 56 81 20 44 :
"Assurance Maladie : votre carte Vitale expire le 02/10. Pour eviter une suspension de vos remboursements, commandez la nouvelle ici : https://ameli.renouvellement-carte.com"
Plusieurs de mes patients âgés m'en ont parlé aussi cette semaine, je pense que ça vaut le coup de prévenir.
''', links=['l'], phones=['+33756812044'])])

SMS('f17_sms_psc_reset', 'fraud', 'fr', 'PSC-Securite', '2025-02-03 08:30:00 +0100', '''
Pro Sante Connect: votre code de reinitialisation de mot de passe est 482913. Si vous n'etes pas a l'origine de cette demande, appelez immediatement le 01 76 42 18 90.
''', phones=['+33176421890'], typed=[
    T('''
Je reçois un SMS "Pro Sante Connect : votre code de reinitialisation de mot de passe est 482913". Je n'ai rien demandé. Le SMS dit d'appeler le 01 76 42 18 90 si on n'est pas à l'origine. Je n'ai pas appelé. Qu'en pensez-vous ?
''', phones=['+33176421890']),
    T('''
Bonjour, ce matin SMS d'un expéditeur "PSC-Securite" avec un code de réinitialisation que je n'ai jamais demandé, et un numéro à rappeler (01.76.42.18.90). Ma collègue de la MSP a eu le même. Nous n'avons pas rappelé.
''', phones=['+33176421890']),
], campaign='sms_psc_code')

CALL('f18_call_ans_ecps', 'fraud', 'fr', '2025-01-21 15:45:00 +0100', typed=[
    T('''
Madame, Monsieur,

Je souhaite signaler un appel reçu aujourd'hui vers 15h45. Mon interlocuteur, très courtois et parlant parfaitement, s'est présenté comme "technicien de l'Agence du Numérique en Santé, service e-CPS". Il m'a expliqué que ma e-CPS présentait "une anomalie de synchronisation" et qu'il allait m'envoyer un code par SMS que je devais lui lire pour "resynchroniser le compte". J'ai effectivement reçu un SMS avec un code quelques secondes après. Je ne lui ai pas donné et j'ai raccroché.

Le numéro qui s'affichait : 09 72 55 31 08.

J'ai ensuite changé mon mot de passe par sécurité. Merci de diffuser l'information aux confrères.
''', phones=['+33972553108'])], phones=['+33972553108'])

CALL('f19_call_banque', 'fraud', 'fr', '2024-12-05 17:10:00 +0100', typed=[
    T('''
Bonjour,

Ce n'est pas lié au DPC mais je préfère le signaler : hier en fin de journée, appel d'un "conseiller du service anti-fraude du Crédit Agricole" (numéro affiché 03 20 18 44 97, qui ressemble à celui de mon agence). Il connaissait mon nom, mon adresse professionnelle et le nom de ma conseillère. Il m'a dit qu'un virement de 3 900 € vers la Lituanie était en cours sur le compte du cabinet et qu'il fallait que je "valide l'annulation" dans mon application en lui dictant le code reçu. J'ai dit que je rappelais mon agence, il a insisté puis raccroché. L'agence m'a confirmé que c'était une escroquerie.
''', phones=['+33320184497'])], phones=['+33320184497'])

E('f20_has_eval', 'fraud', 'fr', ('HAS - Évaluation des pratiques', 'evaluation@has-sante-epp.fr'),
  'Évaluation des pratiques professionnelles : votre questionnaire obligatoire',
  '2024-06-24 11:11:11 +0200', '''
Docteur,

La Haute Autorité de Santé lance la campagne nationale d'évaluation des pratiques professionnelles (EPP) 2024, obligatoire pour l'ensemble des médecins inscrits au Tableau.

Votre questionnaire individuel est disponible jusqu'au 5 juillet. Il vous sera demandé de vous identifier avec vos identifiants Ameli Pro afin de pré-remplir les données d'activité.

Accès au questionnaire : [[q]]

L'absence de réponse sera transmise à votre Conseil départemental de l'Ordre.

Service Évaluation et Amélioration des Pratiques
Haute Autorité de Santé
''', links={'q': ('https://www.has-sante.fr/epp2024', 'https://has-sante-epp.fr/questionnaire/auth')})

E('f21_ars_garde', 'fraud', 'fr', ('ARS - Permanence des soins', 'ars.pdsa.occitanie@gmail.com'),
  'Indemnisation des gardes PDSA - mise à jour obligatoire de vos coordonnées',
  '2024-03-05 09:47:00 +0100', '''
Bonjour Docteur,

Dans le cadre de la dématérialisation du paiement des astreintes de permanence des soins, l'ARS Occitanie procède à la mise à jour de son fichier des effecteurs.

Merci de nous retourner par retour de mail, avant le 15 mars :
- votre numéro RPPS,
- une copie recto verso de votre carte d'identité,
- un RIB au nom du cabinet,
- votre identifiant Ameli Pro.

Faute de retour, le paiement de vos astreintes du 1er trimestre ne pourra pas être effectué.

Cellule PDSA – Agence Régionale de Santé
''', reply_to='ars.pdsa.occitanie@gmail.com')

E('f22_inheritance', 'fraud', 'en', ('Barrister Edward Kone', 'edward.kone.chambers@outlook.com'),
  'Confidential: Estate of your late patient',
  '2024-04-29 23:14:02 +0200', '''
Dear Doctor,

I am Barrister Edward Kone, personal attorney to the late Mr. Robert Delacroix, a French national who was treated in your care before relocating to Lomé, Togo, where he passed away in a motor accident in 2021.

Before his death he made a deposit of USD 4,850,000.00 with a bank here and named his "doctor in France" as a beneficiary of part of the estate. The bank has now issued a final notice to present the beneficiary before the funds are declared unclaimed.

I seek your consent to present you as the beneficiary. Everything will be done legally and you will receive 40% of the funds. Kindly reply with your full name, private phone number and a copy of your ID so I can start the documentation.

You can also reach me on WhatsApp: +228 90 44 71 26

Regards,
Barrister Edward Kone (Esq.)
''', phones=['+22890447126'])

E('f23_publication_fee', 'fraud', 'en', ('Accounts Receivable - IJMCR', 'billing@ijmcr-journal.org'),
  'OVERDUE INVOICE #IJ-24-3371 – Article Processing Charge',
  '2024-09-10 04:02:17 +0200', '''
Dear Dr.,

Our records show that the Article Processing Charge for your manuscript "Management of chronic low back pain in primary care" (ID IJMCR-2024-0912) remains unpaid.

Amount due: USD 1,290.00
Due date: 15 days ago

Please settle the invoice immediately by wire transfer to avoid referral to our collection agency and retraction notices being sent to your institution:

Beneficiary: IJMCR Publishing Ltd
Bank: First Capital Bank, Kowloon
IBAN / Account: HK 39 0021 7788 4410 2291
SWIFT: FCBKHKHH

Payment portal: [[p]]

Accounts Receivable
International Journal of Medical and Clinical Research
''', links={'p': ('pay.ijmcr-journal.org', 'https://pay.ijmcr-journal.org/invoice/IJ-24-3371')})

E('f24_president_cartes', 'fraud', 'fr', ('Dr Dominique Bazin Garnier', 'presidence.cdom.conseil@gmail.com'),
  'Disponible ?',
  '2024-12-12 10:33:00 +0100', '''
Bonjour cher confrère,

Êtes-vous disponible ? J'ai besoin que vous me rendiez un service rapidement, je suis en réunion et je ne peux pas prendre d'appel.

Merci de me répondre par mail dès que possible.

Dr Dominique Bazin Garnier
Envoyé de mon iPad
''')

E('f25_rib_fournisseur', 'fraud', 'fr', ('Service comptabilité - Médical Équipement Services', 'comptabilite@medical-equipement-services.fr'),
  'Changement de domiciliation bancaire - vos prochains règlements',
  '2024-10-28 14:50:00 +0100', '''
Bonjour,

Nous vous informons qu'à la suite d'une réorganisation de notre trésorerie, notre société a changé d'établissement bancaire.

À compter de ce jour, nous vous remercions d'effectuer l'ensemble de vos règlements (contrat de maintenance de l'échographe et factures en attente) sur notre nouveau compte, dont vous trouverez les coordonnées ci-dessous :

Titulaire : MES SAS
IBAN : FR76 1659 8000 0140 0001 2873 214
BIC : FPELFR21XXX

La facture n° F-2024-1187 d'un montant de 1 428,00 € TTC reste à régler. Merci de nous confirmer par retour le virement effectué.

Nous restons à votre disposition.

Bien cordialement,
Nathalie Mercier
Service comptabilité
''', reply_to='n.mercier.compta@mes-sas-france.com')

E('f26_certif_plateforme', 'fraud', 'fr', ('Plateforme Certification Périodique', 'inscription@certification-periodique-medecins.fr'),
  'Ouverture de votre compte de certification périodique – activation avant le 15/03',
  '2025-02-26 09:00:00 +0100', '''
Docteur,

La certification périodique des médecins est obligatoire depuis le 1er janvier 2023. Chaque praticien doit activer son compte individuel afin que ses actions soient comptabilisées.

Votre compte a été pré-créé à partir des données du RPPS. Pour l'activer, munissez-vous de votre carte CPS et suivez le lien personnel ci-dessous :

[[a]]

Une fois votre compte activé, un conseiller vous contactera pour vous proposer un parcours de formation financé à 100 %.

Attention : les comptes non activés avant le 15 mars seront signalés à l'Ordre.

Plateforme nationale de certification périodique
Tél. : 01 84 60 72 19
''', links={'a': ('Activer mon compte', 'https://certification-periodique-medecins.fr/activation?rpps=10')},
  phones=['+33184607219'], campaign='certif_activation')

E('f27_tableau_rpps', 'fraud', 'fr', ('Ordre des Médecins - Service du Tableau', 'tableau@ordremedecins-france.org'),
  'Mise à jour obligatoire de votre inscription au Tableau (RPPS)',
  '2024-02-08 08:20:00 +0100', '''
Madame, Monsieur,

Dans le cadre de la fiabilisation du Répertoire Partagé des Professionnels de Santé, le Conseil national vous demande de vérifier et confirmer les informations de votre inscription au Tableau.

Merci de téléverser, via le formulaire sécurisé, une copie de votre pièce d'identité, de votre diplôme et de votre carte CPS (recto/verso) :

[[f]]

Sans mise à jour dans un délai de 10 jours, votre inscription pourra être considérée comme inactive.

Service du Tableau
''', links={'f': ('Formulaire de mise à jour', 'https://ordremedecins-france.org/tableau/maj')})

E('f28_google_signin', 'fraud', 'en', ('Google', 'no-reply@accounts-google-security.com'),
  'Critical security alert for your linked Google Account',
  '2024-08-02 01:58:33 +0200', '''
Someone just used your password to try to sign in to your account.

Google blocked them, but you should check what happened.

Sign-in attempt from: Lagos, Nigeria
Device: Windows 10 - Chrome

[[c]]

If you don't review this activity within 12 hours, your account will be temporarily locked to protect your data.

You received this email to let you know about important changes to your Google Account and services.
© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
''', links={'c': ('Check activity', 'https://accounts-google-security.com/signin/v2/challenge?hl=en')})

SMS('f29_sms_colis', 'fraud', 'fr', '+33 6 44 90 17 38', '2024-11-04 12:15:00 +0100', '''
Colissimo : Votre colis n'a pas pu etre livre faute d'affranchissement suffisant (0,96EUR). Replanifiez la livraison : [[l]]
''', links={'l': ('colis-suivi-laposte.info/fr', 'https://colis-suivi-laposte.info/fr')}, phones=['+33644901738'])

SMS('f30_sms_mondpc_tel', 'fraud', 'fr', '+33 9 70 24 66 13', '2024-10-17 09:55:00 +0200', '''
MON DPC : Votre compte professionnel sera cloture le 20/10 pour inactivite. Pour conserver vos droits de formation, contactez votre conseiller au 09 70 24 66 13.
''', phones=['+33970246613'], typed=[
    T('''
Bonsoir, je reçois ce SMS : "MON DPC : Votre compte professionnel sera cloture le 20/10 pour inactivite. Pour conserver vos droits de formation, contactez votre conseiller au 09 70 24 66 13." Aucun lien, juste le numéro. Je suppose que c'est encore une de ces arnaques ? Je n'ai pas rappelé.
''', phones=['+33970246613'])])

E('f31_mssante_quota', 'fraud', 'fr', ('Messagerie sécurisée MSSanté', 'administrateur@mssante-webmail.com'),
  'Votre boîte MSSanté a atteint sa capacité maximale',
  '2024-05-29 05:40:00 +0200', '''
Bonjour,

Votre boîte aux lettres MSSanté a dépassé le quota autorisé. Les comptes-rendus et résultats de laboratoire qui vous sont adressés ne peuvent plus vous être délivrés.

Connectez-vous pour libérer de l'espace et augmenter votre quota gratuitement :

[[q]]

Cordialement,
Support Messagerie Sécurisée de Santé
''', links={'q': ('Se connecter à MSSanté', 'https://mssante-webmail.com/webmail/quota')})

CALL('f32_call_of_credentials', 'fraud', 'fr', '2024-11-12 12:05:00 +0100', typed=[
    T('''
Bonjour,

Je voulais vous signaler un appel reçu ce midi : une jeune femme d'un organisme "Santé Formation Conseil" (c'est ce que j'ai compris) me dit qu'elle appelle "de la part de l'ANDPC" parce que mes droits 2024 ne sont pas utilisés. Elle me propose de "s'occuper de tout" : création de mon compte sur Mon DPC et inscription à une formation en ligne sur le diabète. Pour cela elle me demande mon adresse mail et le mot de passe de mon compte Mon DPC, "pour gagner du temps". Quand j'ai refusé elle m'a dit qu'autrement je perdrais 1 800 euros. Numéro : 04 65 84 20 31.

Je n'ai rien donné. Bien cordialement.
''', phones=['+33465842031'])], phones=['+33465842031'])

E('f33_wetransfer', 'fraud', 'en', ('WeTransfer', 'noreply@wetransfer-files-delivery.com'),
  'Dr. Lambert sent you files via WeTransfer',
  '2024-07-17 10:12:00 +0200', '''
Dr. Lambert sent you some files

3 files, 14.2 MB in total · Will be deleted on 24 July 2024

"Hello, please find attached the scans and discharge summary we discussed. Best regards."

[[dl]]

Download link
[[dl2]]

Files
Scan_IRM_2024.pdf
Discharge_summary.docx
Invoice_0717.pdf

To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.
''', links={'dl': ('Get your files', 'https://wetransfer-files-delivery.com/downloads/4f2a9c11/signin'),
            'dl2': ('https://we.tl/t-Kx82hQpL', 'https://wetransfer-files-delivery.com/downloads/4f2a9c11/signin')})

E('f34_carmf', 'fraud', 'fr', ('CARMF - Service Recouvrement', 'recouvrement@carmf-retraite.fr'),
  'Mise en demeure avant poursuites - cotisations retraite',
  '2024-09-02 16:30:00 +0200', '''
Docteur,

Sauf erreur de notre part, les cotisations obligatoires du régime de base et complémentaire pour l'exercice 2024 restent impayées à ce jour pour un montant de 4 617,00 €.

Nous vous mettons en demeure de régler cette somme sous huit jours. À défaut, une contrainte sera délivrée par huissier et des majorations de retard de 5 % seront appliquées.

Afin de vous éviter des frais, un règlement immédiat par virement est possible :
IBAN : FR76 3000 4028 3700 0107 7591 296 – Titulaire : CARMF RECOUVREMENT
Ou par téléphone auprès de notre service au 01 87 66 30 41.

Caisse Autonome de Retraite des Médecins de France
''', phones=['+33187663041'])

E('f35_ans_segur', 'fraud', 'fr', ('Agence du Numérique en Santé', 'segur-numerique@ans-sante.fr'),
  'Ségur du numérique : confirmation de vos identifiants pour le versement du forfait',
  '2024-04-16 10:20:00 +0200', '''
Madame, Monsieur le Docteur,

Dans le cadre du programme Ségur du numérique en santé, vous êtes éligible au forfait d'équipement de 2 000 € au titre de l'usage de votre logiciel référencé.

Afin de procéder au versement, nous vous remercions de bien vouloir confirmer, sur notre espace dédié, votre identité numérique (e-CPS) ainsi que les coordonnées bancaires associées à votre cabinet.

[[e]]

Nous vous remercions de votre confiance et restons à votre disposition pour toute information complémentaire.

Bien cordialement,

La Direction de l'accompagnement des professionnels
Agence du Numérique en Santé
9, rue Georges Pitard – 75015 Paris
''', links={'e': ('Accéder à mon espace Ségur', 'https://ans-sante.fr/segur/espace-ps/identification')})

E('f37_ministere_vaccin', 'fraud', 'fr', ('Ministère de la Santé et de la Prévention', 'remuneration-vaccination@sante-gouv-paiement.fr'),
  'Campagne de vaccination : versement de votre rémunération forfaitaire',
  '2024-01-23 13:13:00 +0100', '''
Docteur,

En reconnaissance de votre participation à la campagne de vaccination hivernale, le Ministère vous attribue une rémunération forfaitaire de 650 €.

Pour recevoir ce versement, renseignez avant le 31 janvier votre RIB et votre numéro de carte CPS sur le portail :
[[r]]

Ministère de la Santé et de la Prévention
Direction générale de l'offre de soins
''', links={'r': ('https://solidarites-sante.gouv.fr/remuneration', 'https://sante-gouv-paiement.fr/portail/rib')})

E('f38_dhl', 'fraud', 'en', ('DHL Express', 'noreply@dhl-customs-clearance.net'),
  'Your shipment is on hold: customs duties unpaid',
  '2024-06-12 07:07:07 +0200', '''
Dear Customer,

Your DHL Express shipment with waybill number 4019 2276 51 is being held at our Paris CDG facility.

Import duties and taxes of EUR 2.99 must be paid before the shipment can be released. Please pay online within 48 hours, otherwise the parcel will be returned to the sender.

[[p]]

Thank you for shipping with DHL Express.
''', links={'p': ('Pay now', 'https://dhl-customs-clearance.net/pay?awb=4019227651')})

SMS('f39_sms_doctolib', 'fraud', 'fr', 'Doctolib', '2024-12-18 07:30:00 +0100', '''
Doctolib: le prelevement de votre abonnement a echoue. Votre agenda sera desactive ce soir. Mettez a jour votre carte : [[l]]
''', links={'l': ('doctolib-pro.billing-update.com', 'https://doctolib-pro.billing-update.com')}, typed=[
    T('''
SMS reçu ce matin, expéditeur affiché "Doctolib" (dans le même fil que mes vrais SMS Doctolib !) : "Doctolib: le prelevement de votre abonnement a echoue. Votre agenda sera desactive ce soir. Mettez a jour votre carte : doctolib-pro.billing-update.com"
Je suis quand même allée vérifier sur mon vrai compte : tout est normal.
''', links=['l'])])

E('f40_direct_cotisation', 'fraud', 'fr', ('Ordre des Medecins', 'service.cotisations@cnom-reglement.com'),
  'Cotisation 2025 : appel de fonds',
  '2025-01-30 04:44:00 +0100', '''
Bonjour,

Votre cotisation au titre de l annee 2025 n a pas ete enregistre.
Merci de proceder au reglement sous 48h pour ne pas etre suspendu du tableau.

Reglement securise : [[p]]

Service cotisations
Ordre national des medecins
''', links={'p': ('Cliquez ici', 'http://cnom-reglement.com/pay/2025/')})

E('f41_amazon_en', 'fraud', 'en', ('Amazon', 'account-update@amazon-billing-support.co'),
  'Your Amazon Business account has been locked',
  '2024-10-03 20:20:20 +0200', '''
Hello,

We were unable to verify the payment information on your Amazon Business account (used for your practice supplies). Your pending orders have been placed on hold.

Please confirm your billing information within 24 hours to restore full access:

[[v]]

We ask that you do not share your password with anyone.

Sincerely,
Amazon Account Services
''', links={'v': ('Verify my account', 'https://amazon-billing-support.co/ap/signin?openid=business')})

E('f42_cdom_annuaire', 'fraud', 'fr', ('Annuaire Officiel des Médecins de France', 'contact@annuaire-officiel-medecins.fr'),
  'Validation de votre fiche praticien – réponse requise',
  '2024-03-20 11:30:00 +0100', '''
Docteur,

Votre fiche praticien va être publiée dans l'Annuaire Officiel des Médecins de France, édition 2024-2025, référencé auprès des organismes de santé.

Merci de vérifier vos informations et de retourner le bon de validation ci-dessous signé et tamponné avant le 31 mars.

Nom : à vérifier
Adresse du cabinet : à vérifier
Spécialité : à vérifier

En signant, vous acceptez les conditions de publication (insertion professionnelle, 3 ans, 890 € HT par an, conditions en petits caractères au verso).

Retour par fax au 01 72 38 90 55 ou en ligne : [[v]]

Service des validations
''', links={'v': ('valider ma fiche', 'https://annuaire-officiel-medecins.fr/validation')}, phones=['+33172389055'])

E('f43_plainte', 'fraud', 'fr', ('Conseil Départemental de l\'Ordre', 'cdom-secretariat@ordre-medecin-departement.fr'),
  'Convocation - plainte d\'un patient à votre encontre',
  '2024-11-28 17:05:00 +0100', '''
Docteur,

Nous vous informons qu'une plainte a été déposée à votre encontre par un patient auprès de notre Conseil départemental.

Conformément à la procédure, vous êtes invité(e) à prendre connaissance de la plainte et des pièces jointes sur notre espace sécurisé, en vous identifiant avec votre numéro RPPS et le mot de passe de votre messagerie professionnelle :

[[p]]

Vous disposez d'un délai de 5 jours pour présenter vos observations. Passé ce délai, la plainte sera transmise à la chambre disciplinaire de première instance.

Le Secrétariat
''', links={'p': ('Consulter la plainte', 'https://ordre-medecin-departement.fr/espace/plainte/6718')})

E('f44_facture_compromis', 'fraud', 'fr', ('Centre de santé Saint-Roch', 'contact@centresante-saintroch.fr'),
  'Facture impayée n°2024-118 – urgent',
  '2024-06-18 08:02:00 +0200', '''
Bonjour,

Veuillez trouver ci-dessous le lien vers la facture n°2024-118 restée impayée à ce jour.

[[f]]

Merci de procéder au règlement dans les meilleurs délais.

Cordialement,
Comptabilité
Centre de santé Saint-Roch
''', links={'f': ('Voir la facture (PDF)', 'https://facture-pdf-online.com/view?doc=2024-118')})


# ===========================================================================
# SPAM (real, identifiable senders; honest but unsolicited)
# ===========================================================================
E('s01_of_catalogue', 'spam', 'fr', ('MedFormation Plus', 'formations@medformation-plus.fr'),
  'Formations DPC 2025 : places disponibles en présentiel et en e-learning',
  '2025-01-09 10:00:00 +0100', '''
Bonjour Docteur,

Notre catalogue 2025 est en ligne ! MedFormation Plus, organisme de DPC enregistré auprès de l'ANDPC (n° 4521), vous propose 38 actions adaptées à la médecine générale :

- Insuffisance cardiaque en soins primaires (7h, classe virtuelle)
- Dépistage des troubles du neurodéveloppement (e-learning, 6h)
- Antibiothérapie raisonnée (présentiel Lyon, Nantes, Toulouse)

Ces actions sont éligibles à une prise en charge dans la limite de votre forfait annuel DPC. L'inscription se fait directement sur votre compte personnel Mon DPC, avec la référence de l'action indiquée sur notre site.

[[cat]]
Votre compte Mon DPC : [[mondpc]]

Une question ? Notre équipe pédagogique répond au 04 72 10 55 86.

MedFormation Plus – 14 quai Perrache, 69002 Lyon
Vous recevez ce message car vous êtes médecin en exercice. [[unsub]]
''', links={'cat': ('Découvrir le catalogue 2025', 'https://www.medformation-plus.fr/catalogue-2025'),
            'mondpc': ('www.mondpc.fr', 'https://www.mondpc.fr'),
            'unsub': ('Se désinscrire', 'https://www.medformation-plus.fr/desinscription?e=8812')},
  phones=['+33472105586'], campaign='medformation_2025', brand='MedFormation Plus', brand_color='#0b7a75')

E('s02_derniere_places', 'spam', 'fr', ('Florence – Actu Formation Santé', 'florence.b@actuformation-sante.com'),
  '⚠️ Plus que 4 places – votre session DPC "Sommeil" du 14 mars',
  '2024-02-29 18:30:00 +0100', '''
Docteur,

Je me permets de vous relancer personnellement : il ne reste que 4 places sur notre session "Troubles du sommeil de l'adulte" du 14 mars (classe virtuelle, 2 x 3h30).

✅ Action DPC n° 45212425017 – indemnisation selon les règles ANDPC
✅ Validante pour votre obligation triennale

Ne laissez pas passer votre forfait 2024 !

Inscription en 2 clics : [[i]]

Je reste joignable au 06 48 21 73 05 pour vous aider à vous inscrire sur mondpc.fr si besoin.

Florence Besson
Chargée de relation praticiens – Actu Formation Santé
Pour ne plus recevoir nos offres : [[u]]
''', links={'i': ('Je réserve ma place', 'https://www.actuformation-sante.com/sessions/sommeil-14-mars'),
            'u': ('désabonnement', 'https://www.actuformation-sante.com/unsubscribe')},
  phones=['+33648217305'], campaign='actuformation_relance')

E('s03_congres', 'spam', 'fr', ('Rencontres de Médecine Générale du Sud-Ouest', 'inscriptions@rmgso-congres.fr'),
  'RMGSO 2024 – Inscriptions ouvertes – Tarif préférentiel jusqu\'au 30 avril',
  '2024-03-28 09:15:00 +0100', '''
Chères consœurs, chers confrères,

Les 12es Rencontres de Médecine Générale du Sud-Ouest se tiendront les 20 et 21 septembre 2024 au Palais des Congrès de Bordeaux.

Au programme : 24 ateliers pratiques, 6 plénières, un village des startups de la e-santé.

Tarif early bird : 190 € jusqu'au 30 avril (puis 260 €). Certains ateliers sont éligibles au DPC.

[[p]]

Au plaisir de vous y retrouver,
Le comité d'organisation
''', links={'p': ('Programme et inscription', 'https://www.rmgso-congres.fr/2024/inscription')})

E('s04_logiciel', 'spam', 'fr', ('Medilog Santé', 'contact@medilog-sante.fr'),
  'Votre logiciel médical est-il prêt pour la vague 2 du Ségur ?',
  '2024-05-14 14:00:00 +0200', '''
Bonjour Docteur,

La vague 2 du Ségur du numérique arrive. Medilog Santé, logiciel de gestion de cabinet référencé Ségur, vous permet :
• l'alimentation automatique du DMP,
• l'envoi des comptes-rendus par MSSanté,
• l'ordonnance numérique,
• la connexion par e-CPS / Pro Santé Connect.

Migration de vos données offerte jusqu'au 30 juin.

[[d]]

Ou appelez-nous : 05 61 99 24 00

L'équipe commerciale Medilog Santé
Medilog SAS – Labège (31)
[[u]]
''', links={'d': ('Demander une démo gratuite', 'https://www.medilog-sante.fr/demo'),
            'u': ('Se désinscrire de nos communications', 'https://www.medilog-sante.fr/optout')},
  phones=['+33561992400'])

E('s05_summit_en', 'spam', 'en', ('Global Cardiology Summit 2024', 'speakers@globalcardiosummit.com'),
  'Invitation to speak – Global Cardiology Summit 2024, Dubai',
  '2024-01-17 06:31:00 +0100', '''
Dear Dr.,

Greetings from the Global Cardiology Summit 2024!

Based on your expertise, we are delighted to invite you as a speaker at our 9th edition, to be held on October 14-15, 2024 in Dubai, UAE.

Theme: "Innovations in Cardiovascular Medicine: From Bench to Bedside"

Speaker registration includes conference kit, lunch and certificate. Early registration fee: USD 749.

Kindly send us your talk title and a short biography by replying to this email.

[[w]]

Best regards,
Sarah Williams
Program Manager
''', links={'w': ('Conference website', 'https://www.globalcardiosummit.com')})

E('s06_journal_en', 'spam', 'en', ('Journal of Clinical Case Reports and Medicine', 'editor@jccrm-journal.com'),
  'Call for Papers - Volume 6 Issue 3 - 50% waiver',
  '2024-05-02 03:12:00 +0200', '''
Dear Doctor,

Hope you are doing well.

We have gone through your recent publication and are impressed by your work. Journal of Clinical Case Reports and Medicine (JCCRM) invites you to submit your manuscript (research article, case report, review) for the upcoming issue.

Special offer: 50% waiver on article processing charges for submissions before May 30.

Submit online: [[s]]
or by email to this address.

Awaiting your positive response.

Regards,
Dr. Linda Parker
Editorial Office, JCCRM
''', links={'s': ('https://www.jccrm-journal.com/submit', 'https://www.jccrm-journal.com/submit')})

E('s07_device_en', 'spam', 'en', ('SteriPro Medical Supplies', 'news@steripro-medical.com'),
  'New: single-use otoscope specula – bulk pricing for practices',
  '2024-09-24 15:00:00 +0200', '''
Hi Doctor,

Our autumn catalogue is out. This month only:

* Single-use otoscope specula, box of 1,000 – EUR 39
* Nitrile gloves, powder-free, 10 boxes – EUR 54
* Digital thermometers – buy 10, get 2 free

Free shipping across the EU for orders over EUR 150.

[[shop]]

SteriPro Medical Supplies B.V., Rotterdam, NL
You are receiving this because you requested our catalogue at MEDICA 2023. [[u]]
''', links={'shop': ('Shop the autumn deals', 'https://shop.steripro-medical.com/autumn'),
            'u': ('Unsubscribe', 'https://shop.steripro-medical.com/unsubscribe')})

E('s08_tensiometres', 'spam', 'fr', ('Matériel Médical Direct', 'promo@materielmedicaldirect.fr'),
  'Jusqu\'à -30 % sur les tensiomètres et ECG portables',
  '2024-04-03 07:45:00 +0200', '''
Offres du mois d'avril – Matériel Médical Direct

Tensiomètre électronique bras validé ESH : 69 € HT au lieu de 98 €
ECG 12 dérivations portable : 1 190 € HT
Table d'examen électrique : -20 %

Livraison en 48h, paiement à 30 jours pour les professionnels de santé.

[[s]]

Matériel Médical Direct – SAS au capital de 50 000 € – Tours
Désinscription : [[u]]
''', links={'s': ('Voir toutes les promotions', 'https://www.materielmedicaldirect.fr/promos-avril'),
            'u': ('cliquez ici', 'https://www.materielmedicaldirect.fr/newsletter/desinscription')})

SMS('s09_sms_formation', 'spam', 'fr', 'FORMEDIC', '2024-10-10 11:00:00 +0200', '''
FORMEDIC: Dr, formation DPC "Dermatoscopie en MG" le 28/11 a Rennes, prise en charge ANDPC. Infos et inscription: [[l]] ou 02 99 31 45 70. STOP au 36173
''', links={'l': ('formedic.fr/dermato', 'https://formedic.fr/dermato')}, phones=['+33299314570'], typed=[
    T('''
Bonjour,
je reçois régulièrement des SMS de "FORMEDIC" pour des formations (dernier en date : dermatoscopie le 28/11 à Rennes, avec un lien formedic.fr/dermato et le 02 99 31 45 70). Je ne me suis jamais inscrit chez eux. Est-ce une arnaque du type de celles que vous décrivez, ou simplement de la pub ? Comment ont-ils eu mon numéro ?
''', links=['l'], phones=['+33299314570'])])

CALL('s10_call_of_honnete', 'spam', 'fr', '2024-09-17 14:20:00 +0200', typed=[
    T('''
Bonjour,

Suite à votre circulaire sur les démarchages DPC, je vous signale un appel reçu cet après-midi, qui me semble de la simple prospection mais je préfère vous en faire part.

La personne s'est présentée comme conseillère de l'organisme "Axiome Formation Médicale", m'a donné leur numéro d'enregistrement ANDPC et m'a proposé un programme en e-learning sur la prise en charge de l'obésité. Elle a précisé d'emblée qu'elle n'était pas mandatée par l'ANDPC, que l'inscription se faisait par moi-même sur mondpc.fr et m'a proposé de m'envoyer la plaquette par mail. Elle ne m'a demandé aucun identifiant. Numéro : 01 44 90 27 63.

Un peu insistante mais polie. Je lui ai demandé de ne plus m'appeler.
''', phones=['+33144902763'])], phones=['+33144902763'])

E('s11_rcp', 'spam', 'fr', ('Cabinet Vidal & Associés Courtage', 'm.vidal@vidal-courtage-assurances.fr'),
  'Responsabilité civile professionnelle : économisez jusqu\'à 25 %',
  '2024-11-06 08:50:00 +0100', '''
Bonjour Docteur,

Courtier spécialisé dans l'assurance des professionnels de santé depuis 1998, nous comparons pour vous les offres de RCP médicale des principaux assureurs.

En moyenne, nos clients médecins généralistes réduisent leur prime de 18 à 25 %, à garanties équivalentes.

Il suffit de nous transmettre votre dernier avis d'échéance, nous vous adressons une étude comparative sous 72 heures, sans engagement.

[[e]]

Bien cordialement,
Mathieu Vidal
Courtier – ORIAS n° 07 012 345
05 57 81 33 09
''', links={'e': ('Demander mon étude gratuite', 'https://www.vidal-courtage-assurances.fr/etude-rcp')}, phones=['+33557813309'])

E('s12_remplacement', 'spam', 'fr', ('MediRecrut Intérim', 'missions@medirecrut.fr'),
  'URGENT – Remplacement MG Côtes-d\'Armor – 1 100 €/jour – logement fourni',
  '2024-07-01 12:10:00 +0200', '''
Bonjour Docteur,

Nous recherchons en urgence un(e) médecin généraliste pour un remplacement du 15 juillet au 15 août dans une maison de santé des Côtes-d'Armor (à 10 minutes de la mer).

- Rétrocession garantie équivalente à 1 100 € / jour
- Logement et véhicule fournis
- Secrétariat sur place, logiciel Weda

Intéressé(e) ? Répondez simplement à ce mail ou appelez Camille au 02 96 40 18 22.

[[o]]

MediRecrut – Agence de recrutement médical – Saint-Brieuc
''', links={'o': ('Voir toutes nos missions', 'https://www.medirecrut.fr/missions')}, phones=['+33296401822'])

E('s13_local', 'spam', 'fr', ('Immo Santé Conseil', 'annonces@immo-sante-conseil.fr'),
  'Cabinet médical à céder – centre-ville d\'Angers – 140 m²',
  '2024-08-27 10:30:00 +0200', '''
Bonjour,

Dans le cadre d'un départ à la retraite, nous proposons à la vente un local professionnel de 140 m² en rez-de-chaussée, aménagé en cabinet médical (3 bureaux, salle d'attente, accès PMR), en plein centre d'Angers.

Prix : 420 000 € FAI.

Photos et dossier complet : [[a]]

Notre agence est spécialisée dans l'immobilier des professions de santé.

Cordialement,
Immo Santé Conseil
''', links={'a': ('voir l\'annonce', 'https://www.immo-sante-conseil.fr/annonces/angers-140m2')})

E('s14_webinaire_labo', 'spam', 'fr', ('Laboratoires Sanéva', 'medical-info@saneva-pharma.fr'),
  'Webinaire – HTA résistante : quelles options en 2024 ? Jeudi 21h',
  '2024-03-11 17:00:00 +0100', '''
Docteur,

Les Laboratoires Sanéva ont le plaisir de vous inviter à leur webinaire :

HTA résistante : quelles options en 2024 ?
Jeudi 14 mars, 21h – 22h
Avec le Pr Jacques Morin (cardiologue, CHU de Tours)

[[i]]

Ce webinaire est organisé et financé par les Laboratoires Sanéva. Il ne s'agit pas d'une action de DPC.
Conformément à la réglementation, vous pouvez vous opposer à tout moment à l'envoi de nos communications : [[o]]
''', links={'i': ('Je m\'inscris', 'https://webinaires.saneva-pharma.fr/hta-2024'),
            'o': ('gérer mes préférences', 'https://www.saneva-pharma.fr/preferences')})

E('s15_ai_scribe_en', 'spam', 'en', ('Oliver from NoteWise', 'oliver@notewise.ai'),
  'Save 2 hours a day on clinical notes?',
  '2024-10-22 16:40:00 +0200', '''
Hi Dr,

Quick question: how much time do you spend writing consultation notes after clinic?

NoteWise is an AI medical scribe that listens to the consultation (with patient consent), drafts a structured note in French or English and pushes it to your EHR. GPs using it in Belgium and Switzerland save around 2 hours a day.

Would you be open to a 15-minute demo next week? Here is my calendar: [[c]]

Cheers,
Oliver Grant
Head of Growth, NoteWise
P.S. If this isn't relevant, just reply "no" and I won't follow up.
''', links={'c': ('book a slot', 'https://calendly.com/oliver-notewise/15min')})

E('s16_telesecretariat', 'spam', 'fr', ('Secrétel Médical', 'commercial@secretel-medical.fr'),
  'Ne ratez plus aucun appel : secrétariat médical à distance dès 89 €/mois',
  '2024-06-11 11:45:00 +0200', '''
Bonjour Docteur,

Vos patients n'arrivent pas à vous joindre ? Vous perdez du temps au téléphone entre deux consultations ?

Secrétel Médical met à votre disposition des secrétaires médicales diplômées, basées en France, du lundi au samedi.

- Prise de rendez-vous dans votre agenda
- Filtrage des urgences
- Sans engagement, 1er mois offert

Découvrir nos formules : [[f]]
Ou contactez-nous au 03 88 52 70 14

Secrétel Médical – Strasbourg
''', links={'f': ('www.secretel-medical.fr', 'https://www.secretel-medical.fr/formules')}, phones=['+33388527014'])

E('s17_newsletter', 'spam', 'fr', ('La Lettre du Praticien', 'newsletter@lettredupraticien.fr'),
  'Cette semaine : certification périodique, ce qu\'il faut savoir + nos offres abonnés',
  '2024-04-19 06:00:00 +0200', '''
LA LETTRE DU PRATICIEN – n° 412

À LA UNE
Certification périodique : qui valide quoi ? Le point sur le rôle de l'Ordre, de l'ANS et des conseils nationaux professionnels. [[a1]]

PRATIQUE
Arnaques au DPC : comment les reconnaître [[a2]]

OFFRE ABONNÉ
Abonnez-vous à l'édition complète pour 79 €/an au lieu de 119 €. [[ab]]

Vous recevez cette lettre gratuite en tant que professionnel de santé. [[u]]
''', links={'a1': ('Lire l\'article', 'https://www.lettredupraticien.fr/articles/certification-periodique-qui-valide'),
            'a2': ('Lire l\'article', 'https://www.lettredupraticien.fr/articles/arnaques-dpc'),
            'ab': ('Je m\'abonne', 'https://www.lettredupraticien.fr/abonnement'),
            'u': ('Se désabonner', 'https://www.lettredupraticien.fr/desabonnement')})

E('s18_certif_conseil', 'spam', 'fr', ('Parcours Certif', 'bonjour@parcours-certif.fr'),
  'Certification périodique : où en êtes-vous ?',
  '2025-03-04 08:30:00 +0100', '''
Bonjour Docteur,

Depuis 2023, chaque médecin doit valider sa certification périodique sur 6 ans (9 ans pour les médecins déjà inscrits), selon le référentiel de son Conseil national professionnel. C'est l'Ordre des médecins qui contrôle le respect de cette obligation.

Parcours Certif est un organisme de formation privé. Nous ne sommes mandatés ni par l'Ordre, ni par l'ANS, ni par l'ANDPC : nous vous aidons simplement à choisir des actions qui correspondent aux 4 blocs du référentiel de votre spécialité.

Nos formations sont payantes ou éligibles au DPC selon les cas, et nous ne vous demanderons jamais vos identifiants.

[[g]]

Bonne journée,
L'équipe Parcours Certif – Nantes
Ne plus recevoir nos emails : [[u]]
''', links={'g': ('Télécharger notre guide gratuit des 4 blocs', 'https://www.parcours-certif.fr/guide-4-blocs'),
            'u': ('désinscription', 'https://www.parcours-certif.fr/unsubscribe')}, campaign='parcours_certif')

E('s19_tourism_en', 'spam', 'en', ('Anadolu Health Partners', 'partnerships@anadoluhealthpartners.com'),
  'Partnership proposal: patient referrals for hair transplant and dental care in Istanbul',
  '2024-02-13 09:09:00 +0100', '''
Dear Doctor,

Anadolu Health Partners works with 14 JCI-accredited clinics in Istanbul. We are looking for partner physicians in France to provide pre- and post-operative follow-up for patients travelling for hair transplant, dental implants and bariatric surgery.

We offer a consulting fee for each follow-up visit and full medical reports in French.

If you are interested, please reply to this email or visit [[w]]

Kind regards,
Elif Demir
International Partnerships Manager
''', links={'w': ('our website', 'https://www.anadoluhealthpartners.com/partners')})

CALL('s20_call_telephonie', 'spam', 'fr', '2024-05-23 10:40:00 +0200', typed=[
    T('''
Bonjour,

Troisième appel en 15 jours d'une société "Oxatel Pro" qui veut absolument changer le standard téléphonique du cabinet. Ils appellent toujours en pleine consultation, depuis le 04 22 46 80 11. Ils ne se font pas passer pour quelqu'un d'autre, c'est juste très insistant. Est-ce que l'Ordre peut faire quelque chose ? Sinon je bloque le numéro.
''', phones=['+33422468011'])], phones=['+33422468011'])

SMS('s21_sms_congres', 'spam', 'fr', 'JNMU2024', '2024-05-30 08:00:00 +0200', '''
J-7 avant les Journees Normandes de Medecine d'Urgence (Caen, 6-7 juin). Derniers billets : [[l]] STOP SMS au 38271
''', links={'l': ('jnmu-caen.fr/billet', 'https://jnmu-caen.fr/billet')})

E('s22_defisc', 'spam', 'fr', ('Patrimoine & Santé', 'conference@patrimoine-et-sante.fr'),
  'Médecins libéraux : réduire vos impôts en 2024 – conférence gratuite',
  '2024-09-05 19:00:00 +0200', '''
Docteur,

Vous êtes médecin libéral, vos revenus sont fortement imposés et vous ne savez pas quelles solutions sont adaptées à votre situation ?

Nous vous invitons à une conférence gratuite animée par un conseiller en gestion de patrimoine spécialisé dans les professions de santé :
Mardi 24 septembre à 20h – Hôtel Mercure, Metz centre
Ou en visioconférence.

Madelin, PER, SCPI, statut de SELARL : tout ce qu'il faut savoir.

[[r]]

Patrimoine & Santé – Conseil en investissements financiers, membre de la CNCGP
''', links={'r': ('Réserver ma place', 'https://www.patrimoine-et-sante.fr/conference-metz')})

E('s23_panel_en', 'spam', 'en', ('MedPanel Research', 'invitations@medpanel-research.com'),
  'Paid survey for French GPs: 20 minutes, EUR 60 honorarium',
  '2024-11-19 14:14:00 +0100', '''
Dear Doctor,

MedPanel Research is conducting a 20-minute online survey among general practitioners in France about the management of type 2 diabetes. Qualified respondents will receive an honorarium of EUR 60.

Your responses are confidential and used only in aggregate. This is market research, not a promotional activity.

Start the survey: [[s]]

Survey code: FR-GP-2411

MedPanel Research Ltd, London
To opt out of future invitations, click [[u]]
''', links={'s': ('Start the survey', 'https://survey.medpanel-research.com/s/FR-GP-2411'),
            'u': ('here', 'https://www.medpanel-research.com/optout')})

E('s24_direct_formation', 'spam', 'fr', ('Cap Santé Formation', 'info@capsante-formation.fr'),
  'Nos formations DPC du 2nd semestre',
  '2024-08-29 09:00:00 +0200', '''
Madame, Monsieur,

Cap Santé Formation vous présente ses sessions du second semestre 2024, ouvertes aux médecins généralistes et spécialistes :

- Urgences au cabinet : gestes qui sauvent (Metz, 12 octobre)
- Prescription des opioïdes (e-learning)
- Repérage des violences intrafamiliales (Nancy, 23 novembre)

Actions enregistrées auprès de l'ANDPC, prise en charge selon forfait.

Programme complet : [[p]]
Tél. 03 87 18 62 40

Cap Santé Formation – Metz
''', links={'p': ('capsante-formation.fr/programme', 'https://www.capsante-formation.fr/programme')}, phones=['+33387186240'])

E('s25_elearning_pushy', 'spam', 'fr', ('Julie de Medi-Learn', 'julie@medi-learn.fr'),
  'Docteur, votre forfait DPC 2024 dort encore ?',
  '2024-10-30 12:00:00 +0100', '''
Bonjour Docteur,

C'est la troisième fois que je vous écris, j'espère que vous ne m'en voudrez pas 😊

Il reste deux mois pour utiliser votre forfait DPC 2024. Chez Medi-Learn, nos programmes 100 % en ligne se suivent à votre rythme, même le soir :
→ Pédiatrie : les urgences qui n'en sont pas (7h)
→ Dermatologie pratique (6h)
→ Troubles anxieux (6h)

Tout se passe sur votre compte Mon DPC, nous ne gérons aucune inscription à votre place.

[[v]]

Julie Caron
Medi-Learn – organisme DPC n° 9981
[[u]]
''', links={'v': ('Voir les programmes', 'https://www.medi-learn.fr/programmes'),
            'u': ('Ne plus recevoir nos messages', 'https://www.medi-learn.fr/stop')}, campaign='medilearn_relance')


# ===========================================================================
# LEGITIMATE (genuine senders, own domains; many use scary words)
# ===========================================================================
E('l01_andpc_inscription', 'legitimate', 'fr', ('Mon DPC', 'ne-pas-repondre@mondpc.fr'),
  'Confirmation de votre inscription à une action de DPC',
  '2024-09-04 10:22:31 +0200', '''
Bonjour Docteur,

Votre inscription à l'action de DPC n° 99512425031 "Prise en charge de la douleur chronique en soins primaires", session 2, a bien été enregistrée.

Organisme : Formations Santé Occitanie
Dates : du 07/10/2024 au 18/11/2024

Vous pouvez consulter le détail de votre inscription et votre forfait restant dans votre compte personnel, rubrique "Mes inscriptions" :
[[m]]

Nous vous rappelons que seul l'organisme de DPC peut annuler une session. En cas d'empêchement, contactez-le directement.

L'Agence nationale du DPC
Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
''', links={'m': ('www.mondpc.fr', 'https://www.mondpc.fr/mondpc/inscriptions')})

E('l02_mondpc_reset', 'legitimate', 'fr', ('Mon DPC', 'ne-pas-repondre@mondpc.fr'),
  'Mon DPC - Réinitialisation de votre mot de passe',
  '2024-11-26 21:14:05 +0100', '''
Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre compte Mon DPC.

Pour définir un nouveau mot de passe, cliquez sur le lien suivant (valable 24 heures) :
[[r]]

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste inchangé.

L'Agence nationale du DPC
''', links={'r': ('https://www.mondpc.fr/mondpc/reinitialisation?jeton=6f1c2a77e0d94b5a', 'https://www.mondpc.fr/mondpc/reinitialisation?jeton=6f1c2a77e0d94b5a')})

E('l03_ecps_activation', 'legitimate', 'fr', ('Agence du Numérique en Santé', 'ne-pas-repondre@esante.gouv.fr'),
  'Activez votre e-CPS',
  '2024-06-13 09:00:00 +0200', '''
Bonjour Docteur,

Vous pouvez dès à présent activer votre carte CPS dématérialisée, l'e-CPS, sur votre smartphone.

L'e-CPS vous permet de vous authentifier de façon sécurisée sur les services numériques en santé compatibles Pro Santé Connect (Ameli Pro, DMP, messagerie sécurisée…), sans lecteur de carte.

Pour l'activer :
1. Téléchargez l'application e-CPS sur l'App Store ou Google Play.
2. Suivez les étapes : l'activation se fait avec votre carte CPS ou par un code reçu par courrier.

Plus d'informations : [[i]]

Important : l'Agence du Numérique en Santé ne vous demandera jamais votre code PIN ni vos identifiants par téléphone ou par courriel.

L'Agence du Numérique en Santé
''', links={'i': ('esante.gouv.fr/produits-services/e-cps', 'https://esante.gouv.fr/produits-services/e-cps')},
  campaign='ans_ecps_activation', brand='Agence du Numérique en Santé', brand_color='#000091')

E('l04_ans_certif_compte', 'legitimate', 'fr', ('Agence du Numérique en Santé', 'communication@esante.gouv.fr'),
  'Certification périodique : ouverture progressive du compte individuel des professionnels',
  '2025-01-27 11:30:00 +0100', '''
Madame, Monsieur,

L'Agence du Numérique en Santé, chargée par le ministère de la conception du téléservice de la certification périodique, vous informe de l'ouverture progressive du compte individuel permettant à chaque professionnel de suivre ses actions.

L'accès au compte se fera exclusivement par Pro Santé Connect (carte CPS ou e-CPS). Aucune création de compte ne vous sera proposée par téléphone, et aucun organisme n'est habilité à le faire à votre place.

Vous serez informé(e) de l'ouverture de votre compte par un message de l'Agence. Dans l'attente, retrouvez les informations officielles : [[i]]

Nous vous rappelons que la validation de la certification périodique relève de l'Ordre des médecins.

L'Agence du Numérique en Santé
''', links={'i': ('Certification périodique – informations', 'https://esante.gouv.fr/certification-periodique')})

E('l05_cdom_cotisation', 'legitimate', 'fr', ('Conseil départemental de l\'Ordre des médecins de la Gironde', 'comptabilite@cdom33.ordre.medecin.fr'),
  'Dernier rappel : cotisation ordinale 2024',
  '2024-06-10 14:00:00 +0200', '''
Chère Consœur, cher Confrère,

Sauf erreur de notre part, votre cotisation ordinale 2024 n'a pas encore été réglée. Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais.

Le paiement peut être effectué en ligne, depuis votre espace personnel sur le site du Conseil national :
[[e]]
ou par chèque à l'ordre du Conseil départemental, adressé à notre secrétariat.

Nous vous rappelons que le paiement de la cotisation est une obligation légale (article L.4122-2 du code de la santé publique) et que son défaut peut donner lieu à des poursuites disciplinaires. Si vous rencontrez des difficultés financières, la commission d'entraide peut vous accompagner en toute confidentialité.

Pour toute question, le secrétariat reste joignable au 05 56 00 11 22.

Confraternellement,
Le Trésorier
Conseil départemental de la Gironde de l'Ordre des médecins
''', links={'e': ('Espace médecin – Ordre des médecins', 'https://www.ordre.medecin.fr/espace-medecin')}, phones=['+33556001122'])

E('l06_cdom_alerte', 'legitimate', 'fr', ('Conseil départemental de l\'Ordre des médecins', 'communication@cdom69.ordre.medecin.fr'),
  'ALERTE FRAUDE – Démarchage abusif DPC et certification périodique',
  '2024-10-14 12:00:00 +0200', '''
Chères consœurs, chers confrères,

Nous constatons de nombreux démarchages abusifs auprès des médecins du département, par téléphone, SMS et courriel, au sujet du DPC et de la certification périodique.

Certains interlocuteurs se présentent comme une « direction régionale de certification périodique » (qui n'existe pas) et menacent de radiation. D'autres envoient des messages de « réinitialisation de mot de passe » que vous n'avez pas demandés.

Rappels :
- seule la chambre disciplinaire de l'Ordre peut prononcer une radiation ;
- l'ANS et l'ANDPC ne vous contacteront jamais directement pour vous proposer des formations ;
- ne communiquez jamais vos identifiants ni vos mots de passe, par téléphone ou par courriel.

Si vous êtes sollicité(e), transférez-nous le message ou décrivez l'appel à l'adresse signalement@cdom69.ordre.medecin.fr.

Adresse officielle du DPC : [[dpc]]

Confraternellement,
Le Président du Conseil départemental
''', links={'dpc': ('https://www.agencedpc.fr/professionnel/', 'https://www.agencedpc.fr/professionnel/')},
  campaign='cdom_alerte_dpc')

E('l07_cdom_conciliation', 'legitimate', 'fr', ('CDOM 44 - Secrétariat juridique', 'juridique@cdom44.ordre.medecin.fr'),
  'Plainte de Mme X. – convocation à une réunion de conciliation',
  '2024-03-12 15:40:00 +0100', '''
Docteur,

Le Conseil départemental a été saisi le 4 mars 2024 d'une plainte de Mme X. vous concernant. Conformément à l'article L.4123-2 du code de la santé publique, une réunion de conciliation est organisée.

Vous êtes convoqué(e) le jeudi 11 avril 2024 à 18h00 au siège du Conseil départemental, 6 rue de la Loire à Nantes. Vous pouvez vous faire assister d'un confrère ou d'un avocat.

La convocation officielle et la copie de la plainte vous sont adressées parallèlement par lettre recommandée avec accusé de réception. Nous vous remercions de bien vouloir nous confirmer votre présence par retour de courriel.

Veuillez agréer, Docteur, l'expression de nos sentiments confraternels.

Le Secrétariat juridique
Conseil départemental de Loire-Atlantique de l'Ordre des médecins
''')

E('l08_elections', 'legitimate', 'fr', ('Ordre des médecins – Élections', 'elections@cdom13.ordre.medecin.fr'),
  'Élections au conseil départemental : vote électronique du 2 au 9 juin',
  '2024-05-20 09:30:00 +0200', '''
Chère consœur, cher confrère,

Les élections pour le renouvellement par moitié du conseil départemental auront lieu par voie électronique du 2 juin (9h) au 9 juin 2024 (17h).

Vos identifiants de vote personnels vous seront adressés par courrier postal à votre adresse d'exercice. Aucun identifiant ni mot de passe ne vous sera demandé par courriel ou par téléphone.

La liste des candidats et leurs professions de foi sont consultables sur le site : [[l]]

En cas de non-réception du courrier, contactez le secrétariat du conseil départemental.

Le Président de la commission électorale
''', links={'l': ('www.ordre.medecin.fr', 'https://www.ordre.medecin.fr/elections-ordinales')})

E('l09_amelipro_message', 'legitimate', 'fr', ('Assurance Maladie', 'ne_pas_repondre@ameli.fr'),
  'Un nouveau document est disponible dans votre espace amelipro',
  '2024-07-03 06:12:00 +0200', '''
Bonjour Docteur,

Un nouveau document est disponible dans votre espace amelipro : "Relevé de vos indemnités forfaitaires – Forfait structure 2023".

Pour le consulter, connectez-vous à votre espace avec votre carte CPS ou votre e-CPS :
[[a]]

Pour votre sécurité, l'Assurance Maladie ne vous demande jamais vos coordonnées bancaires ni vos identifiants par courriel.

Votre caisse d'Assurance Maladie
''', links={'a': ('espacepro.ameli.fr', 'https://espacepro.ameli.fr')}, brand='l\'Assurance Maladie', brand_color='#0c419a')

E('l10_cpam_cis', 'legitimate', 'fr', ('RICHARD Aurélie (CPAM ILLE-ET-VILAINE)', 'aurelie.richard@assurance-maladie.fr'),
  'Proposition de rendez-vous – accompagnement services en ligne',
  '2024-04-22 11:05:00 +0200', '''
Bonjour Docteur,

Je suis conseillère informatique services à la CPAM d'Ille-et-Vilaine. Dans le cadre de l'accompagnement des médecins à l'usage des téléservices (arrêt de travail en ligne, protocole de soins électronique, ordonnance numérique), je vous propose une rencontre d'une trentaine de minutes à votre cabinet.

Je suis disponible les mardis et jeudis matin des semaines à venir. N'hésitez pas à me répondre par retour de mail ou à me joindre au 02 99 29 47 83.

Je vous précise que je ne vous demanderai à aucun moment vos codes d'accès.

Bien cordialement,

Aurélie RICHARD
Conseillère informatique services
CPAM d'Ille-et-Vilaine
''', phones=['+33299294783'])

CALL('l11_call_dam', 'legitimate', 'fr', '2024-05-14 13:10:00 +0200', typed=[
    T('''
Bonjour,

Avec toutes vos alertes je deviens méfiant… Une personne m'a appelé ce midi en se présentant comme "déléguée de l'Assurance Maladie" de la CPAM du Loiret. Elle souhaitait convenir d'une visite au cabinet pour me présenter les nouveaux mémos sur la prescription des arrêts de travail et mes données de prescription. Elle ne m'a rien demandé d'autre qu'un créneau. Elle m'a laissé un numéro pour la rappeler : 02 38 51 36 20.

Est-ce que c'est normal que la CPAM démarche comme ça ? Je n'ai pas donné suite pour l'instant.
''', phones=['+33238513620'])], phones=['+33238513620'])

E('l12_urssaf_echeancier', 'legitimate', 'fr', ('Urssaf', 'ne-pas-repondre@urssaf.fr'),
  'Vous avez reçu un nouveau message dans votre espace en ligne',
  '2024-02-05 07:31:00 +0100', '''
Bonjour,

Un nouveau document est disponible dans votre espace en ligne Urssaf : "Échéancier de cotisations et contributions sociales 2024".

Pour le consulter, connectez-vous sur [[u]] avec vos identifiants habituels.

Nous vous rappelons que les échéances non réglées à leur date d'exigibilité donnent lieu à l'application de majorations de retard.

Ce message est envoyé automatiquement. Pour nous contacter, utilisez la messagerie de votre espace en ligne.

L'Urssaf
''', links={'u': ('urssaf.fr', 'https://www.urssaf.fr/accueil/se-connecter.html')})

E('l13_carmf_appel', 'legitimate', 'fr', ('CARMF', 'ne-pas-repondre@carmf.fr'),
  'Votre appel de cotisations 2024 est disponible',
  '2024-01-15 08:00:00 +0100', '''
Docteur,

Votre appel de cotisations 2024 est disponible dans votre espace personnel sur le site de la CARMF.

Pour rappel, en l'absence de règlement à l'échéance, des majorations de retard sont appliquées et la procédure de recouvrement est engagée conformément au code de la sécurité sociale. Si vous optez pour le prélèvement mensuel, vous pouvez effectuer la démarche directement en ligne.

Accédez à votre espace : [[e]]

La CARMF ne vous demandera jamais vos coordonnées bancaires par courriel.

Caisse Autonome de Retraite des Médecins de France
''', links={'e': ('www.carmf.fr', 'https://www.carmf.fr')})

E('l14_dgs_urgent', 'legitimate', 'fr', ('DGS-Urgent', 'dgs-urgent@sante.gouv.fr'),
  'DGS-URGENT N°2024-07 : RECRUDESCENCE DES CAS DE ROUGEOLE',
  '2024-03-19 17:45:00 +0100', '''
DGS-URGENT
Date : 19/03/2024
Référence : DGS-URGENT N°2024_07
Titre : RECRUDESCENCE DES CAS DE ROUGEOLE

Professionnels ciblés : médecins généralistes, pédiatres, médecins urgentistes, sages-femmes.

Mesdames, Messieurs,

Depuis le début de l'année 2024, une augmentation importante du nombre de cas de rougeole est observée en France, notamment chez des enfants non ou incomplètement vaccinés.

Nous vous demandons de :
- vérifier le statut vaccinal de vos patients et rattraper les vaccinations ROR manquantes ;
- déclarer sans délai à l'ARS tout cas suspect, sur la base des signes cliniques, sans attendre la confirmation biologique.

La fiche de déclaration obligatoire est disponible sur le site du ministère : [[m]]

Pr Jérôme Salomon
Directeur général de la santé

Pour vous désinscrire de la liste DGS-Urgent : [[d]]
''', links={'m': ('sante.gouv.fr', 'https://sante.gouv.fr/soins-et-maladies/maladies/maladies-infectieuses/rougeole'),
            'd': ('cliquer ici', 'https://dgs-urgent.sante.gouv.fr/dgsurgent/desinscription')},
  campaign='dgs_urgent_rougeole')

E('l15_ars_alerte', 'legitimate', 'fr', ('ARS Auvergne-Rhône-Alpes – Veille sanitaire', 'ars-ara-alerte@ars.sante.fr'),
  'Information urgente : cas groupés de légionellose – secteur de Villeurbanne',
  '2024-08-07 18:20:00 +0200', '''
Madame, Monsieur,

L'ARS Auvergne-Rhône-Alpes a été informée de 5 cas de légionellose survenus depuis le 28 juillet chez des personnes résidant ou ayant séjourné à Villeurbanne.

Nous vous remercions d'évoquer ce diagnostic devant toute pneumopathie, de prescrire une recherche d'antigène urinaire et de signaler sans délai tout cas à la plateforme de veille : ars69-alerte@ars.sante.fr ou 0 800 32 42 62 (24h/24).

Informations complémentaires : [[a]]

Le Directeur de la santé publique
Agence régionale de santé Auvergne-Rhône-Alpes
''', links={'a': ('www.auvergne-rhone-alpes.ars.sante.fr', 'https://www.auvergne-rhone-alpes.ars.sante.fr/legionellose')},
  phones=['+33800324262'])

E('l16_has_newsletter', 'legitimate', 'fr', ('HAS - Haute Autorité de Santé', 'newsletter@has-sante.fr'),
  'HAS Actualités – Certification périodique : les référentiels publiés',
  '2024-07-11 09:00:00 +0200', '''
HAS ACTUALITÉS

Certification périodique
Les premiers référentiels de certification périodique élaborés par les conseils nationaux professionnels ont été publiés. [[r]]

Recommandation
Prise en charge de l'obésité de l'enfant et de l'adolescent : mise à jour. [[o]]

Évaluation
Avis sur les dispositifs médicaux numériques de télésurveillance. [[t]]

Vous recevez cette lettre car vous êtes abonné(e) aux actualités de la HAS. [[u]]
''', links={'r': ('Lire', 'https://www.has-sante.fr/jcms/p_3368421/fr/certification-periodique'),
            'o': ('Lire', 'https://www.has-sante.fr/jcms/p_3412200/fr/obesite-enfant'),
            't': ('Lire', 'https://www.has-sante.fr/jcms/p_3399100/fr/telesurveillance'),
            'u': ('Se désabonner', 'https://www.has-sante.fr/jcms/newsletter/desabonnement')})

E('l17_ministere_certif', 'legitimate', 'fr', ('Ministère de la Santé', 'ne-pas-repondre@sante.gouv.fr'),
  'Certification périodique des professionnels de santé : ce qui change en 2025',
  '2025-02-10 10:00:00 +0100', '''
Madame, Monsieur,

Instaurée par l'ordonnance du 19 juillet 2021, la certification périodique concerne les médecins, chirurgiens-dentistes, sages-femmes, pharmaciens, infirmiers, masseurs-kinésithérapeutes et pédicures-podologues.

En 2025, les référentiels de chaque profession sont progressivement publiés et le compte individuel du professionnel, géré par l'Agence du Numérique en Santé, ouvre par étapes.

Attention : aucun organisme ne peut se prévaloir d'une mission officielle de « validation » de votre certification. Les ordres professionnels sont seuls compétents pour contrôler le respect de l'obligation. En cas de démarchage suspect, signalez-le à votre conseil départemental.

Pour en savoir plus : [[s]]

Direction générale de l'offre de soins
''', links={'s': ('sante.gouv.fr/certification-periodique', 'https://sante.gouv.fr/professionnels/certification-periodique')})

E('l18_chu_motdepasse', 'legitimate', 'fr', ('DSI CHU de Bordeaux - Support', 'support.dsi@chu-bordeaux.fr'),
  '[Action requise] Votre mot de passe expire dans 5 jours',
  '2024-10-21 07:00:00 +0200', '''
Bonjour,

Le mot de passe de votre compte d'accès au serveur de résultats (médecins correspondants) expirera le 26/10/2024.

Pour le modifier, connectez-vous au portail des correspondants depuis le site du CHU, rubrique "Professionnels > Accès correspondants", puis "Modifier mon mot de passe" :
[[p]]

La DSI ne vous demandera jamais votre mot de passe par courriel ou par téléphone.

En cas de difficulté : 05 56 79 60 00, poste support informatique.

Direction des Systèmes d'Information
CHU de Bordeaux
''', links={'p': ('https://www.chu-bordeaux.fr/Professionnels/Acces-correspondants', 'https://www.chu-bordeaux.fr/Professionnels/Acces-correspondants')},
  phones=['+33556796000'])

E('l19_chu_docusign', 'legitimate', 'fr', ('Direction des affaires médicales via DocuSign', 'dse_NA4@docusign.net'),
  'Merci de signer avec DocuSign : Convention de maître de stage – CHU de Lyon',
  '2024-09-12 16:22:00 +0200', '''
Direction des affaires médicales vous a envoyé un document à consulter et signer.

[[d]]

Direction des affaires médicales
affaires.medicales@chu-lyon.fr

Bonjour Docteur,

Veuillez trouver ci-joint la convention de maître de stage universitaire pour l'accueil d'un interne de médecine générale au semestre de novembre. Merci de la signer électroniquement avant le 30 septembre.

Cordialement,
Bureau des internes – Hospices Civils de Lyon

Ne partagez pas cet e-mail
Cet e-mail contient un lien sécurisé vers DocuSign. Merci de ne pas partager cet e-mail, ce lien ou le code d'accès avec d'autres personnes.
''', links={'d': ('CONSULTER LE DOCUMENT', 'https://eu.docusign.net/Signing/EmailStart.aspx?a=3c1f2b8e-5d11-4a9e-8c7a-2f0d1e9b6a44&etti=24&acct=9e8d7c6b')},
  reply_to='affaires.medicales@chu-lyon.fr')

E('l20_labo_critique', 'legitimate', 'fr', ('Cerballiance Bretagne - Biologiste', 'biologiste.rennes@cerballiance.fr'),
  'URGENT – Résultat critique – patient M. L.',
  '2024-12-27 19:52:00 +0100', '''
Docteur,

Nous n'avons pas réussi à vous joindre par téléphone. Le bilan de votre patient M. L. (né en 1948), prélevé ce jour à 16h30, montre une kaliémie à 6,9 mmol/L (hémolyse exclue, contrôle effectué).

Merci de nous rappeler dès que possible au 02 99 65 30 12 (biologiste de garde), ou de prendre contact directement avec le patient.

Les résultats complets sont disponibles sur votre serveur de résultats habituel.

Dr S. Le Gall
Biologiste médical – Cerballiance Bretagne, site de Rennes
''', phones=['+33299653012'])

CALL('l21_call_labo', 'legitimate', 'fr', '2024-02-16 20:30:00 +0100', typed=[
    T('''
Bonsoir,

Je ne sais pas si c'est le bon endroit mais avec tout ce qui circule je préfère vérifier : j'ai eu ce soir à 20h30 un appel d'une personne se présentant comme biologiste d'un laboratoire de ville (laboratoire du Lac, à Annecy) au sujet d'un INR à 7,8 chez une de mes patientes sous AVK. Elle m'a donné le nom et la date de naissance de la patiente, qui a bien fait une prise de sang ce matin, et voulait savoir si je pouvais joindre la patiente ou si elle devait le faire. Elle m'a laissé le numéro du labo : 04 50 45 12 98. Elle ne m'a rien demandé d'autre.

J'ai rappelé le numéro, c'est bien le laboratoire. Je vous le signale quand même car elle m'a appelé sur mon portable personnel.
''', phones=['+33450451298'])], phones=['+33450451298'])

E('l22_confrere_crh', 'legitimate', 'fr', ('Dr Vincent Marchal', 'vincent.marchal@chu-toulouse.fr'),
  'Votre patiente Mme D. – compte rendu',
  '2024-05-07 19:40:00 +0200', '''
Cher confrère,

Je vous remercie de m'avoir adressé Mme D. que j'ai vue ce jour en consultation pour bilan de dyspnée. L'échographie cardiaque est normale, FEVG conservée, pas de valvulopathie significative.

Je vous propose de poursuivre l'exploration sur le plan pneumologique (EFR). Le compte rendu détaillé vous parviendra par messagerie sécurisée dans la semaine.

Bien confraternellement,

Dr Vincent Marchal
Cardiologie – CHU de Toulouse, hôpital Rangueil
''')

E('l23_patient_urgent', 'legitimate', 'fr', ('sylvie.roche', 'sylvie.roche62@gmail.com'),
  'urgent svp ordonnance',
  '2024-08-16 22:47:00 +0200', '''
Bonsoir docteur,

Désolée de vous écrire sur cette adresse, je l'ai trouvée sur votre carte de visite. Je pars demain matin en vacances et je me suis rendue compte que je n'ai plus de Levothyrox, mon ordonnance a expiré la semaine dernière. La pharmacie ne veut pas me dépanner sans ordonnance.

Est-ce que vous pourriez m'en faire une et l'envoyer à la pharmacie du centre ? Je peux passer la chercher au cabinet si besoin à 8h avant de partir.

Mon numéro : 06 32 71 84 50

Merci beaucoup et encore désolée,
Sylvie Roche
''', phones=['+33632718450'])

E('l24_patient_en', 'legitimate', 'en', ('Mark Thompson', 'mark.thompson1972@btinternet.com'),
  'Medical certificate for travel insurance claim',
  '2024-08-21 10:05:00 +0200', '''
Dear Doctor,

You kindly saw me at your practice on 14 August when I had a severe ear infection during our holiday in Arcachon. Thank you again.

My travel insurer (Aviva) asks for a short medical certificate stating the diagnosis and that I was unfit to fly on 15 August, so that they can reimburse the cost of changing our return flights.

Could you possibly send it to me by email? I am happy to pay any fee. My date of birth is 3 March 1972.

Kind regards,
Mark Thompson
Bristol, UK
''')

E('l25_doctolib_reset', 'legitimate', 'fr', ('Doctolib', 'no-reply@doctolib.fr'),
  'Réinitialisation de votre mot de passe Doctolib Pro',
  '2024-06-25 08:47:12 +0200', '''
Bonjour,

Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Doctolib Pro.

Cliquez sur le bouton ci-dessous pour choisir un nouveau mot de passe. Ce lien expire dans 30 minutes.

[[r]]

Si vous n'avez pas demandé à réinitialiser votre mot de passe, vous pouvez ignorer cet e-mail en toute sécurité.

L'équipe Doctolib
''', links={'r': ('Réinitialiser mon mot de passe', 'https://pro.doctolib.fr/reset_password?token=Yv8QkC2aRt')}, brand='Doctolib', brand_color='#107aca')

E('l26_google_alert_en', 'legitimate', 'en', ('Google', 'no-reply@accounts.google.com'),
  'Security alert',
  '2024-09-09 08:03:22 +0200', '''
A new sign-in on Windows

thomas.roux@gmail.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

[[c]]

You can also see security activity at
[[s]]

You received this email to let you know about important changes to your Google Account and services.
© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
''', links={'c': ('Check activity', 'https://accounts.google.com/AccountChooser?Email=thomas.roux@gmail.com&continue=https://myaccount.google.com/alert/nt/1725861802000'),
            's': ('https://myaccount.google.com/notifications', 'https://myaccount.google.com/notifications')})

E('l27_microsoft_code_en', 'legitimate', 'en', ('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'),
  'Microsoft account security code',
  '2024-11-05 17:31:40 +0100', '''
Microsoft account

Security code

Please use the following security code for the Microsoft account ja*****@outlook.com.

Security code: 731052

If you don't recognize the Microsoft account ja*****@outlook.com, you can [[c]].

Thanks,
The Microsoft account team
''', links={'c': ('click here to remove your email address from that account', 'https://account.live.com/dp?ft=-Dk8q2Lq!bV3&t=remove')})

E('l28_doctolib_facture', 'legitimate', 'fr', ('Doctolib', 'facturation@doctolib.fr'),
  'Votre facture Doctolib – novembre 2024',
  '2024-12-02 06:30:00 +0100', '''
Bonjour Docteur,

Votre facture du mois de novembre 2024 est disponible.

Montant : 149,00 € HT (178,80 € TTC)
Prélèvement prévu le 10/12/2024 sur le compte se terminant par ••• 482

Vous pouvez télécharger votre facture depuis votre espace Doctolib Pro, rubrique Paramètres > Facturation :
[[f]]

Rappel : en cas d'échec de prélèvement, vous serez informé(e) dans votre espace. Doctolib ne vous demande jamais vos coordonnées bancaires par SMS.

L'équipe Doctolib
''', links={'f': ('Accéder à mes factures', 'https://pro.doctolib.fr/settings/billing')})

E('l29_ovh_expiration', 'legitimate', 'fr', ('OVHcloud', 'support@ovh.com'),
  'Dernier rappel : votre nom de domaine cabinet-medical-lesmimosas.fr expire dans 7 jours',
  '2024-11-20 05:12:00 +0100', '''
Bonjour,

Le nom de domaine cabinet-medical-lesmimosas.fr arrive à expiration le 27/11/2024.

Sans renouvellement, votre site et vos adresses e-mail associées cesseront de fonctionner. Le renouvellement automatique n'est pas activé sur ce service.

Pour renouveler, rendez-vous dans votre espace client, rubrique "Facturation > Mes services" :
[[m]]

Cordialement,
Le support OVHcloud
''', links={'m': ('Gérer mes services', 'https://www.ovh.com/manager/#/dedicated/billing/autorenew')})

E('l30_impots_avis', 'legitimate', 'fr', ('impots.gouv.fr', 'ne-pas-repondre@dgfip.finances.gouv.fr'),
  'Votre avis d\'impôt 2024 est disponible dans votre espace particulier',
  '2024-07-25 06:00:00 +0200', '''
Bonjour,

Votre avis d'impôt sur les revenus 2023 est disponible dans votre espace particulier sur impots.gouv.fr.

Pour le consulter, connectez-vous à votre espace : [[i]]

Attention : la DGFiP ne vous demandera jamais de communiquer vos coordonnées bancaires ou des informations confidentielles par courriel. En cas de doute, consultez la rubrique « Sécurité » du site.

Direction générale des Finances publiques
''', links={'i': ('www.impots.gouv.fr', 'https://www.impots.gouv.fr/accueil')})

E('l31_reviewer_en', 'legitimate', 'en', ('European Journal of General Practice', 'em.ejgp.0.8a1f2e.4b7c9d10@editorialmanager.com'),
  'Invitation to review manuscript EJGP-D-24-00213',
  '2024-04-08 13:20:00 +0200', '''
Dear Dr. Martin,

Given your expertise, I would be grateful if you would review the manuscript "Deprescribing benzodiazepines in older adults: a cluster randomised trial in French general practice" submitted to the European Journal of General Practice.

Please let me know whether you accept by clicking on the relevant link:

Agree to review: [[a]]
Decline to review: [[d]]

If you accept, your review would be due within 21 days.

With kind regards,
Prof. Jan van der Berg
Editor, European Journal of General Practice
''', links={'a': ('Agree to review', 'https://www.editorialmanager.com/ejgp/l.asp?i=88412&l=K7Q2W1AB'),
            'd': ('Decline to review', 'https://www.editorialmanager.com/ejgp/l.asp?i=88413&l=P3R8X4CD')})

E('l32_colleague_en', 'legitimate', 'en', ('Dr Anna Keller', 'anna.keller@hin.ch'),
  'Patient travelling to Nice – handover',
  '2024-06-28 12:12:00 +0200', '''
Dear colleague,

Our mutual patient, Mr. Peter Huber (DOB 12.05.1951), will be spending July and August near Nice. He has had a mechanical aortic valve since 2019 and is on warfarin with a target INR of 2.5–3.5.

He told me he has an appointment with you on 8 July for INR monitoring during his stay. I attach nothing by email for confidentiality reasons; he carries a printed summary and his anticoagulation booklet.

Please don't hesitate to call me if needed: +41 44 251 73 90.

With kind regards,
Dr. med. Anna Keller
Innere Medizin FMH, Zürich
''', phones=['+41442517390'])

E('l33_andpc_alerte', 'legitimate', 'fr', ('Agence nationale du DPC', 'communication@agencedpc.fr'),
  'Alerte : tentatives d\'escroquerie au nom de l\'Agence',
  '2024-11-29 11:00:00 +0100', '''
Madame, Monsieur,

L'Agence nationale du DPC a été informée de nombreuses tentatives d'escroquerie : SMS, courriels et appels téléphoniques utilisant son nom ou celui de Mon DPC pour inciter les professionnels de santé à "activer leurs droits", communiquer leurs identifiants ou s'inscrire à des actions.

Nous vous rappelons que :
- l'Agence ne démarche jamais les professionnels pour les inscrire à une action ;
- l'Agence ne vous demandera jamais votre mot de passe ;
- votre compte personnel est accessible uniquement sur www.mondpc.fr.

Si vous avez communiqué vos identifiants, modifiez immédiatement votre mot de passe et prévenez l'Agence.

En savoir plus : [[a]]

L'Agence nationale du DPC
''', links={'a': ('www.agencedpc.fr', 'https://www.agencedpc.fr/actualites/alerte-escroqueries')}, campaign='andpc_alerte_escroquerie')

E('l34_mailiz_mdp', 'legitimate', 'fr', ('Mailiz – Messagerie sécurisée de santé', 'ne-pas-repondre@mailiz.mssante.fr'),
  'Votre mot de passe Mailiz doit être renouvelé',
  '2024-10-01 06:00:00 +0200', '''
Bonjour,

Pour des raisons de sécurité, le mot de passe de votre boîte aux lettres Mailiz doit être renouvelé avant le 15/10/2024.

Connectez-vous à votre messagerie avec votre carte CPS ou votre e-CPS, puis rendez-vous dans "Paramètres > Sécurité" : [[m]]

L'Agence du Numérique en Santé ne vous demande jamais votre mot de passe par courriel.

L'équipe Mailiz – Agence du Numérique en Santé
''', links={'m': ('https://mailiz.mssante.fr', 'https://mailiz.mssante.fr')})

SMS('l35_sms_ameli_code', 'legitimate', 'fr', 'AMELI', '2024-04-30 09:12:00 +0200', '''
Assurance Maladie : votre code de securite est 615824. Il est valable 10 minutes. Ne le communiquez a personne.
''', typed=[
    T('''
Bonjour,

petite question : je viens de recevoir un SMS de "AMELI" avec un code de sécurité de 6 chiffres ("Ne le communiquez a personne"). J'étais en train de me connecter à mon compte ameli personnel depuis un nouvel ordinateur, donc ça doit être normal, mais vu vos alertes sur les faux SMS de code je préfère demander. Il n'y avait aucun lien ni numéro.
''')])

CALL('l36_call_cdom', 'legitimate', 'fr', '2024-09-23 10:00:00 +0200', typed=[
    T('''
Bonjour,

J'ai reçu ce matin un appel d'une personne disant travailler au secrétariat du conseil départemental (vous !) pour me demander de mettre à jour mon adresse d'exercice, car un courrier recommandé vous est revenu. Elle m'a simplement demandé ma nouvelle adresse et m'a dit que je pouvais aussi la modifier sur mon espace. Le numéro affiché était le 05 61 15 18 20.

Je voudrais juste être sûre que c'était bien vous, avec tous ces démarchages. Merci.
''', phones=['+33561151820'])], phones=['+33561151820'])

SMS('l37_sms_banque_code', 'legitimate', 'fr', 'LCL', '2024-03-08 14:02:00 +0100', '''
LCL : Code pour valider l'ajout du beneficiaire SCI DES TILLEULS : 284 117. Si vous n'etes pas a l'origine de cette operation, ne communiquez jamais ce code.
''', typed=[
    T('''
Bonjour, je suis peut-être parano : j'ai reçu un SMS "LCL" avec un code pour valider l'ajout d'un bénéficiaire (SCI des Tilleuls, c'est mon propriétaire, je venais de l'ajouter dans l'appli pour payer le loyer du cabinet). Mais après avoir lu votre mail sur les arnaques au code, je me demande si c'est normal de recevoir ça. Je n'ai communiqué le code à personne, je l'ai saisi dans l'appli.
''')])

E('l38_urssaf_enquete', 'legitimate', 'fr', ('Urssaf Pays de la Loire', 'ne-pas-repondre@urssaf.fr'),
  'Information importante : contrôle de vos déclarations',
  '2024-09-16 10:40:00 +0200', '''
Madame, Monsieur,

Dans le cadre de ses missions, l'Urssaf procède à des contrôles des déclarations des travailleurs indépendants. Votre dossier a été sélectionné pour un contrôle sur pièces portant sur les années 2022 et 2023.

Un avis de contrôle détaillant la liste des documents à fournir vous a été déposé dans votre espace en ligne. Vous disposez de 30 jours pour transmettre ces pièces via la messagerie sécurisée de votre espace : [[u]]

Aucun document ne doit être envoyé en réponse à ce courriel.

L'Urssaf Pays de la Loire
''', links={'u': ('www.urssaf.fr', 'https://www.urssaf.fr')})

E('l39_zoom_en', 'legitimate', 'en', ('Zoom', 'no-reply@zoom.us'),
  'Your Zoom Pro subscription will renew on October 3',
  '2024-09-26 03:03:00 +0200', '''
Hi James,

This is a reminder that your Zoom Workplace Pro plan (monthly) will automatically renew on October 3, 2024.

Amount: EUR 13.99 + VAT
Payment method: Visa ending in 4410

To review or cancel your plan before renewal, visit your billing page: [[b]]

Thank you for using Zoom.
Zoom Video Communications, Inc.
''', links={'b': ('Billing', 'https://zoom.us/billing')})

E('l40_secretaire_hopital', 'legitimate', 'fr', ('Bureau des gardes - CH de Valence', 'gardes@ch-valence.fr'),
  'URGENT - planning des gardes de décembre : dernière relance',
  '2024-11-22 16:16:00 +0100', '''
Bonjour à tous,

Il reste 6 nuits de garde non pourvues en décembre (les 7, 14, 21, 24, 25 et 31). Sans retour de votre part d'ici lundi midi, le planning sera complété d'office selon la règle de répartition validée en CME.

Merci de vous inscrire directement dans le tableau partagé sur l'intranet, ou de répondre à ce mail.

Bien cordialement,
Christine
Bureau des affaires médicales – CH de Valence
''')

E('l41_ordre_newsletter', 'legitimate', 'fr', ('Ordre des médecins', 'newsletter@ordre.medecin.fr'),
  'La lettre de l\'Ordre – Certification périodique, e-CPS, entraide',
  '2025-03-06 12:30:00 +0100', '''
LA LETTRE DE L'ORDRE DES MÉDECINS

Certification périodique : vos questions, nos réponses
Quelles actions compter ? Qui valide ? Que risque-t-on ? L'Ordre fait le point. [[c]]

Démarchages frauduleux : restez vigilants
Faux appels, faux SMS de "réinitialisation de mot de passe" : les bons réflexes. [[f]]

Entraide ordinale
Un médecin en difficulté ? Le numéro d'écoute est accessible 24h/24 : 0800 288 038. [[e]]

Se désinscrire : [[u]]
''', links={'c': ('Lire l\'article', 'https://www.ordre.medecin.fr/certification-periodique-questions-reponses'),
            'f': ('Lire l\'article', 'https://www.ordre.medecin.fr/demarchages-frauduleux'),
            'e': ('En savoir plus', 'https://www.ordre.medecin.fr/entraide'),
            'u': ('lien', 'https://www.ordre.medecin.fr/newsletter/desinscription')},
  phones=['+33800288038'])
