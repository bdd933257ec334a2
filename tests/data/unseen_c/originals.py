# -*- coding: utf-8 -*-
"""Hand-written originals for the unseen_c acceptance set.

Each original: id, label, lang, kind (mail|sms|call), sender name/address, reply-to,
subject, date, body (text; {G} = greeting, {L0}.. = links, {T} = tracking token in hrefs),
links = [(shown text, real target)], phones (E.164), tdoms = domains written as plain text,
html = whether the original had an HTML part.  SMS/calls carry `typed`: the doctor's own
descriptions, one per report that uses them.
"""
O = {}

def M(id, label, lang, name, addr, subj, date, body, links=(), phones=(), tdoms=(),
      reply_to=None, html=True, G=None, xmailer=None):
    O[id] = dict(id=id, label=label, lang=lang, kind="mail", name=name, addr=addr,
                 subj=subj, date=date, body=body.strip("\n"), links=list(links),
                 phones=list(phones), tdoms=list(tdoms), reply_to=reply_to, html=html,
                 G=G if G is not None else ("Bonjour," if lang == "fr" else "Hello,"),
                 xmailer=xmailer)

def S(id, label, lang, kind, sender, body, typed, links=(), phones=(), tdoms=()):
    O[id] = dict(id=id, label=label, lang=lang, kind=kind, name=sender, addr=None,
                 subj=None, date=None, body=body.strip("\n"), links=list(links),
                 phones=list(phones), tdoms=list(tdoms), reply_to=None, html=False,
                 G="", typed=list(typed), xmailer=None)

# ------------------------------------------------------------------ campaigns (12)
M("c01", "fraud", "fr", "Agence Nationale du DPC", "notification@agence-dpc-info.fr",
  "Vos droits DPC 2025 arrivent à échéance le 31/03",
  "Mon, 10 Mar 2025 08:41:17 +0100", """
{G}

Selon nos registres, votre forfait individuel de développement professionnel continu
au titre de l'année 2025 n'a pas encore été utilisé. Le montant disponible sur votre
compte (jusqu'à 1 596 €) sera définitivement perdu au 31 mars 2025.

Pour conserver vos droits, il vous suffit de valider votre inscription à une action
éligible en moins de 3 minutes :

{L0}

Un conseiller dédié vous accompagnera dans la création de votre compte si besoin.

Service des droits individuels - Agence Nationale du DPC
Cet email vous est adressé dans le cadre de vos obligations triennales.
""", links=[("Je valide mes droits DPC", "https://andpc-droits.fr/validation?dr={T}")])

M("c02", "fraud", "fr", "Direction Régionale Certification Périodique", "dr-certification@certif-periodique-medecins.fr",
  "URGENT - Non-conformité de votre certification périodique",
  "Thu, 22 May 2025 14:03:55 +0200", """
{G}

Nous constatons qu'aucune action de certification périodique n'a été enregistrée à votre
nom à ce jour. Conformément à l'ordonnance n° 2021-961, le défaut de certification expose
le praticien à une procédure pouvant aller jusqu'à la radiation du tableau.

Afin de régulariser votre situation avant transmission du dossier au Conseil de l'Ordre,
merci de contacter sans délai votre référent régional au 01 86 95 42 17 (du lundi au
vendredi, 9h-18h), muni de votre numéro RPPS.

Sans retour de votre part sous 8 jours, le dossier sera clôturé en l'état.

Direction Régionale de Certification Périodique
Pôle conformité des professionnels de santé
""", phones=["+33186954217"], html=False)

M("c03", "fraud", "fr", "ameli pro", "info@ameli-pro-services.com",
  "Remboursement en attente : action requise sur votre espace",
  "Tue, 04 Feb 2025 19:26:02 +0100", """
{G}

Un remboursement de 284,60 EUR relatif à vos télétransmissions du mois de janvier est
en attente de versement. Vos coordonnées bancaires doivent être confirmées avant le
traitement du paiement.

{L0}

Sans confirmation sous 48h, le montant sera reporté au prochain cycle de paiement.

L'Assurance Maladie - Espace professionnels de santé
""", links=[("Confirmer mes coordonnées", "https://ameli-pro-remboursement.com/connexion/?id={T}")])

M("c04", "fraud", "fr", "Pro Santé Connect", "securite@prosante-connect.net",
  "Votre e-CPS expire : renouvellement obligatoire",
  "Wed, 18 Jun 2025 07:55:31 +0200", """
{G}

Votre carte e-CPS arrive à expiration. Sans renouvellement, vous ne pourrez plus vous
connecter à vos services numériques (DMP, Mon espace santé, Ameli Pro, Mon DPC).

Le renouvellement est gratuit et prend quelques minutes. Munissez-vous de votre numéro
RPPS et de votre code PIN actuel.

{L0}

L'équipe Pro Santé Connect
Agence du Numérique en Santé
""", links=[("Renouveler ma e-CPS", "https://ecps-renouvellement.web.app/?u={T}")])

M("c05", "fraud", "en", "Microsoft 365 Admin", "no-reply@m365-mailsecure.com",
  "Action Required: Your password expires today",
  "Mon, 15 Sep 2025 06:12:09 +0200", """
{G}

The password for your mailbox expires today. To avoid losing access to your emails and
files, keep your current password by verifying your account below.

{L0}

If no action is taken, your account will be signed out of all devices within 24 hours.

Microsoft 365 Security Team
This is an automated message. Please do not reply.
""", links=[("Keep Current Password", "https://mso365-keep.sharepoint-docs.online/auth?e={T}")])

M("c06", "fraud", "fr", "Conseil National de l'Ordre des Médecins", "cotisation@ordre-medecins-france.fr",
  "Rappel : cotisation ordinale 2025 non réglée",
  "Fri, 11 Apr 2025 10:17:48 +0200", """
{G}

Sauf erreur de notre part, votre cotisation ordinale 2025 (335 €) demeure impayée malgré
nos précédentes relances. Nous vous rappelons que le paiement de la cotisation est une
obligation déontologique ; son défaut peut entraîner la saisine de la chambre disciplinaire.

Vous pouvez régulariser immédiatement par carte bancaire via notre espace sécurisé :
{L0}

Si vous avez déjà procédé au règlement, merci de ne pas tenir compte de ce message.

Service comptabilité - CNOM
""", links=[("https://www.ordre.medecin.fr/cotisation", "https://paiement-cnom.com/cotisation2025?m={T}")])

M("c07", "fraud", "fr", "Doctolib", "support@doctolib-securite.fr",
  "Votre compte praticien a été temporairement suspendu",
  "Sat, 25 Oct 2025 22:31:40 +0200", """
{G}

Suite à une activité inhabituelle détectée sur votre agenda, l'accès à votre compte
Doctolib Pro a été restreint par mesure de sécurité. Vos patients ne peuvent plus
prendre rendez-vous en ligne.

Pour rétablir votre accès, veuillez confirmer votre identité :
{L0}

L'équipe Sécurité Doctolib
""", links=[("Réactiver mon compte", "https://pro-doctolib.fr-verification.com/login?c={T}")])

M("c08", "fraud", "fr", "Mon DPC", "ne-pas-repondre@mondpc-securite.com",
  "Réinitialisation de votre mot de passe Mon DPC",
  "Tue, 08 Jul 2025 03:14:22 +0200", """
{G}

Nous avons reçu une demande de réinitialisation du mot de passe associé à votre compte
Mon DPC.

Pour choisir un nouveau mot de passe, cliquez sur le lien ci-dessous (valable 30 minutes) :
{L0}

Si vous n'êtes pas à l'origine de cette demande, cliquez ici pour sécuriser votre compte :
{L1}

Mon DPC - Agence nationale du DPC
""", links=[("Réinitialiser mon mot de passe", "https://mondpc-securite.com/reset?token={T}"),
            ("sécuriser mon compte", "https://mondpc-securite.com/secure?token={T}")])

M("c09", "spam", "fr", "Forméo Santé", "newsletter@formeo-sante.fr",
  "Sessions DPC de rentrée : il reste des places (prise en charge ANDPC)",
  "Tue, 02 Sep 2025 11:00:00 +0200", """
{G}

La rentrée est le bon moment pour avancer sur votre parcours triennal. Forméo Santé,
organisme de DPC enregistré auprès de l'ANDPC (n° 4517), vous propose ce trimestre :

- Insuffisance cardiaque en soins primaires (programme intégré, 14h, classe virtuelle)
- Dépistage des troubles du neurodéveloppement chez l'enfant (7h, e-learning)
- Antibiothérapie raisonnée en ville (audit clinique + 3h présentielles, Lyon)

Ces actions sont prises en charge dans la limite de votre forfait annuel et indemnisées
selon les règles de l'ANDPC. L'inscription se fait sur votre compte mondpc.fr, puis sur
notre site :
{L0}

Une question ? Notre équipe répond au 04 78 62 30 15.

Forméo Santé - 12 quai Perrache, 69002 Lyon
Vous recevez ce message car vous avez participé à l'une de nos formations.
{L1}
""", links=[("Voir le catalogue", "https://www.formeo-sante.fr/catalogue?utm_source=nl&utm_medium=email&utm_campaign=rentree25&s={T}"),
            ("Se désinscrire", "https://www.formeo-sante.fr/desinscription?s={T}")],
  phones=["+33478623015"], tdoms=["mondpc.fr"])

M("c10", "spam", "en", "Global Cardiology Summit 2026", "invite@cardiosummit-global.org",
  "Invitation to speak at Global Cardiology Summit 2026, Barcelona",
  "Wed, 19 Nov 2025 16:44:10 +0100", """
{G}

On behalf of the organizing committee, we are pleased to invite you to join the 9th
Global Cardiology Summit, held in Barcelona, Spain, on 16-18 April 2026, as a speaker or
poster presenter.

Theme: "Bridging prevention and intervention in cardiovascular care"

Early-bird registration closes on 15 January 2026. Abstract submission is open at:
{L0}

We look forward to welcoming you in Barcelona.

Emma Collins
Program Manager, Global Cardiology Summit 2026
If you do not wish to receive further invitations, reply with "Remove".
""", links=[("www.cardiosummit-global.org/abstracts", "https://www.cardiosummit-global.org/abstracts?ref={T}")])

M("c11", "legitimate", "fr", "Conseil départemental de l'Ordre des médecins", "communication@cdom69.ordre.medecin.fr",
  "Fraude - démarchage abusif DPC et certification périodique",
  "Mon, 03 Mar 2025 15:20:00 +0100", """
{G}

Plusieurs confrères nous ont signalé des appels et des courriels se présentant comme une
« direction régionale de certification périodique » et menaçant de radiation les médecins
qui n'auraient pas validé leur certification. Cette structure n'existe pas.

Nous vous rappelons que :
- l'Ordre des médecins est la seule entité compétente pour valider le parcours de
  certification périodique ;
- aucune radiation ne peut être prononcée en dehors d'une décision de la chambre
  disciplinaire ;
- l'ANS et l'ANDPC ne vous contacteront jamais directement pour vous proposer des
  formations.

Ne communiquez jamais vos identifiants ni vos mots de passe par téléphone ou par mail.
En cas de doute, transférez le message à signalement@cdom69.ordre.medecin.fr.

Votre profil DPC officiel : {L0}

Confraternellement,
Le Conseil départemental de l'Ordre des médecins du Rhône
""", links=[("https://www.agencedpc.fr/professionnel/", "https://www.agencedpc.fr/professionnel/")], G="Chère Consœur, cher Confrère,")

M("c12", "legitimate", "fr", "L'Assurance Maladie", "ne-pas-repondre@assurance-maladie.fr",
  "Nouveau : vos données d'activité 2024 sont disponibles dans amelipro",
  "Thu, 16 Jan 2025 09:30:00 +0100", """
{G}

Votre relevé individuel d'activité et de prescriptions (RIAP) pour l'année 2024 est
désormais disponible dans votre espace amelipro, rubrique « Activités ».

Pour y accéder, connectez-vous avec votre carte CPS ou votre e-CPS sur {L0}.
Votre conseiller informatique service (CIS) de la CPAM reste à votre disposition.

Pour rappel, l'Assurance Maladie ne vous demandera jamais vos coordonnées bancaires ni
vos codes de connexion par courriel.

L'Assurance Maladie
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", links=[("espacepro.ameli.fr", "https://espacepro.ameli.fr/")], G="Docteur,")

# ------------------------------------------------------------------ fraud, French mail
M("f01", "fraud", "fr", "ANDPC - Service Formation", "contact@andpc-formation.org",
  "Votre compte DPC : formation obligatoire non réalisée",
  "Mon, 13 Jan 2025 10:05:12 +0100", """
Docteur,

Votre obligation de DPC pour la période 2023-2025 n'est pas remplie. Afin d'éviter toute
sanction, l'Agence vous propose une formation 100 % financée (aucun reste à charge).

Un conseiller vous rappellera pour finaliser votre inscription ; vous pouvez aussi
réserver directement votre créneau : {L0}

Cordialement,
Service Formation ANDPC
""", links=[("réserver mon créneau", "https://calendly-andpc.com/rdv")])

M("f02", "fraud", "fr", "Ordre des Médecins", "ordre.medecins@gmail.com",
  "Mise à jour de votre inscription au tableau",
  "Wed, 29 Jan 2025 13:47:00 +0100", """
Bonjour Docteur

Dans le cadre de la mise a jour du tableau de l'ordre, nous vous prions de bien vouloir
renvoyer par retour de mail les informations suivante :
- numéro RPPS
- copie de la carte d'identité recto verso
- RIB professionel

Faute de retour sous 72h votre inscription sera suspendue.

Secretariat du Conseil
""", html=False)

M("f03", "fraud", "fr", "URSSAF", "urssaf@notification-cotisant.fr",
  "Avis de régularisation - Majoration de retard",
  "Tue, 18 Feb 2025 08:02:44 +0100", """
Madame, Monsieur,

Une anomalie a été constatée dans le calcul de vos cotisations personnelles 2024.
Un montant de 1 248,00 € reste dû. Une majoration de 10 % sera appliquée à défaut de
régularisation avant le 28/02/2025.

Consultez votre avis et réglez en ligne : {L0}

Urssaf - Service des travailleurs indépendants
""", links=[("Mon espace cotisant", "https://urssaf-regularisation.info/avis/?n=88412")])

M("f04", "fraud", "fr", "impots.gouv.fr", "dgfip-remboursement@impots-gouv-fr.com",
  "Vous avez un remboursement d'impôt en attente",
  "Sun, 23 Mar 2025 17:09:30 +0100", """
Cher(e) contribuable,

Après les derniers calculs de votre activité fiscale, nous avons déterminé que vous êtes
admissible à recevoir un remboursement d'impôt de 412,80 €.

Veuillez soumettre la demande de remboursement et nous laisser 3-5 jours pour le traiter.

{L0}

Direction générale des Finances publiques
""", links=[("Accéder au formulaire", "http://remboursement-dgfip.top/fr/")])

M("f05", "fraud", "fr", "Agence du Numérique en Santé", "certification@ans-sante.fr",
  "Activation de votre compte personnel de certification périodique",
  "Thu, 06 Mar 2025 09:18:00 +0100", """
Madame, Monsieur le Docteur,

Dans le cadre de la mise en œuvre de la certification périodique des professionnels de
santé, l'Agence du Numérique en Santé procède à l'ouverture des comptes personnels.

Votre compte n'est pas encore activé. Pour finaliser cette démarche, il vous est demandé
de vous identifier avec vos identifiants Pro Santé Connect (numéro RPPS et mot de passe
e-CPS) sur le formulaire suivant :

{L0}

À défaut d'activation avant le 31 mars, vos actions déjà réalisées ne pourront pas être
prises en compte.

Nous vous remercions de votre collaboration.

Département Certification Périodique
Agence du Numérique en Santé - 9 rue Georges Pitard, 75015 Paris
""", links=[("Activer mon compte certification", "https://compte-certification.ans-sante.fr/activation")])

M("f06", "fraud", "fr", "Dr Philippe Garnier", "philippe.garnier@cabinet-garnier-med.fr",
  "Document partagé : Planning des gardes T2",
  "Mon, 07 Apr 2025 12:34:10 +0200", """
Bonjour,

Je vous partage le planning des gardes du 2e trimestre, merci de vérifier vos dates.

{L0}

Le document est protégé, il faudra vous connecter avec votre adresse mail pour le consulter.

Bonne journée,
Philippe Garnier
""", links=[("📄 Planning_gardes_T2_2025.pdf", "https://planning-gardes.weebly.com/")])

M("f07", "fraud", "fr", "Service Client Chronopost", "noreply@chronopost-suivi-colis.fr",
  "Votre colis n'a pas pu être livré",
  "Wed, 14 May 2025 11:22:09 +0200", """
Bonjour,

Votre colis n° XR418337662FR n'a pas pu être livré faute de frais de douane réglés
(1,99 €). Il sera retourné à l'expéditeur sous 48 heures.

Programmer une nouvelle livraison : {L0}

Chronopost
""", links=[("Programmer ma livraison", "https://chrono-livraison.click/track/XR418337662FR")])

M("f08", "fraud", "fr", "Crédit Agricole", "securite@ca-alerte-client.com",
  "Validation de votre nouveau dispositif Sécuripass",
  "Fri, 20 Jun 2025 18:40:00 +0200", """
Cher client,

Afin de respecter la réglementation DSP2, votre dispositif d'authentification forte
Sécuripass doit être réactivé avant le 25/06/2025. Passé ce délai, vos paiements en ligne
et virements professionnels seront bloqués.

Réactiver Sécuripass : {L0}

Votre conseiller Crédit Agricole
""", links=[("Réactiver maintenant", "https://securipass-activation.com/ca/")])

M("f09", "fraud", "fr", "Sophie Delmas", "sophie.delmas.cds@outlook.fr",
  "Changement de RIB - honoraires remplacement",
  "Tue, 24 Jun 2025 16:05:00 +0200", """
Bonjour Docteur,

Comme évoqué avec votre secrétariat, je vous informe que ma banque a changé. Pourriez-vous
effectuer le virement de mes rétrocessions de juin sur le nouveau compte ci-joint ?

IBAN : LT42 3250 0241 7756 0318
BIC : REVOLT21

Je suis en congrès cette semaine et difficilement joignable par téléphone, merci de me
confirmer par mail quand c'est fait.

Bien à vous,
Dr Sophie Delmas
""", html=False)

M("f10", "fraud", "fr", "Mon espace santé", "info@monespacesante-pro.fr",
  "Professionnels de santé : mise en conformité DMP obligatoire",
  "Mon, 30 Jun 2025 09:01:00 +0200", """
Docteur,

A compter du 1er juillet, l'alimentation du DMP est obligatoire pour tous les
médecins libéraux sous peine de déconventionnement. Votre logiciel n'est pas référencé.

Un technicien agréé Ségur peut intervenir gratuitement : appelez le 09 74 59 12 80 ou
prenez rendez-vous sur {L0}

Programme Mon espace santé - Cellule d'accompagnement des praticiens
""", links=[("www.dmp-conformite.fr", "https://www.dmp-conformite.fr/rdv")], phones=["+33974591280"])

M("f11", "fraud", "fr", "Centre de Certification des Praticiens", "info@ccp-medical.eu",
  "Relance : votre attestation de certification périodique",
  "Tue, 15 Jul 2025 10:10:10 +0200", """
Bonjour Docteur,

Suite à notre appel de la semaine dernière, vous trouverez ci-dessous le lien pour
compléter votre dossier de certification. Comme expliqué par votre conseillère, le
financement est assuré par vos droits et aucun frais ne vous sera demandé.

Il suffit de vous connecter avec vos identifiants ANDPC pour que nous puissions réaliser
l'inscription à votre place :

{L0}

Pour toute question : 01 76 44 38 90

Bien cordialement,
Laura - Centre de Certification des Praticiens
""", links=[("Compléter mon dossier", "https://ccp-medical.eu/dossier")], phones=["+33176443890"])

M("f12", "fraud", "fr", "Messagerie Orange", "assistance@orange-messagerie-fr.com",
  "Votre boîte mail a atteint 98% de sa capacité",
  "Thu, 31 Jul 2025 05:45:00 +0200", """
Cher(e) client(e),

Votre boîte de réception a atteint sa limite de stockage. Les nouveaux messages seront
rejetés à partir de demain.

Augmentez gratuitement votre espace : {L0}

Orange Service Client
""", links=[("Libérer de l'espace", "https://orange-mail-espace.000webhostapp.com/")])

M("f13", "fraud", "fr", "ameli", "ameli@assurance-maladie-info.fr",
  "Votre nouvelle carte Vitale est prête",
  "Sun, 10 Aug 2025 20:12:00 +0200", """
Bonjour,

Votre nouvelle carte Vitale est disponible. Afin de finaliser son envoi, des frais de
livraison de 2,90 € sont nécessaires.

Commander : {L0}

Ameli.fr - l'Assurance Maladie
""", links=[("Commander ma carte", "https://vitale-commande.shop/ameli/")])

M("f14", "fraud", "fr", "Agence Nationale DPC", "andpc@orange.fr",
  "Formation DPC - votre droit 2025",
  "Wed, 03 Sep 2025 14:00:00 +0200", """
Bonjour docteur,

je suis Julie de l agence national du DPC, j ai essayé de vous joindre au cabinet sans
succes. vous avez encore un droit de formation de 21 heures non utilisé qui sera perdu.

merci de me rappeler au 07 56 83 21 49 pour que je vous inscrive, cela prend 5 minutes,
prévoir vos identifiant mondpc.

Julie
""", phones=["+33756832149"], tdoms=[], html=False)

M("f15", "fraud", "fr", "Conseil de l'Ordre des Médecins", "ne-pas-repondre@ordre-medecin.org",
  "Plainte déposée à votre encontre - dossier n°2025/1187",
  "Mon, 22 Sep 2025 07:30:00 +0200", """
Docteur,

Nous vous informons qu'une plainte a été déposée à votre encontre par un patient auprès du
conseil départemental. Conformément à l'article L.4123-2 du code de la santé publique,
vous êtes invité à prendre connaissance des pièces du dossier.

Consulter le dossier (accès sécurisé) : {L0}

Vous disposez d'un délai de 15 jours pour présenter vos observations.

Le greffe de la chambre disciplinaire
""", links=[("Dossier_2025-1187.pdf", "https://ordre-medecin.org/greffe/dossier.php?id=1187")])

M("f16", "fraud", "fr", "DocuSign via Cabinet Juridique Santé", "dse_na4@docusign-signature.fr",
  "Merci de signer : Avenant contrat de collaboration 2025",
  "Thu, 02 Oct 2025 15:15:00 +0200", """
Cabinet Juridique Santé vous a envoyé un document à vérifier et signer.

{L0}

Me Aurélie Faure
"Bonjour Docteur, merci de bien vouloir signer l'avenant avant vendredi."

Ne partagez pas cet email. Ce lien contient un code d'accès sécurisé.
""", links=[("CONSULTER LE DOCUMENT", "https://docusign-signature.fr/envelope/8f31c2")])

M("f17", "fraud", "fr", "Haute Autorité de Santé", "veille@has-sante-info.com",
  "Questionnaire obligatoire : évaluation des pratiques 2025",
  "Tue, 21 Oct 2025 11:11:00 +0200", """
Madame, Monsieur,

La Haute Autorité de Santé conduit une enquête nationale obligatoire sur les pratiques de
prescription. Tout praticien n'ayant pas répondu avant le 31 octobre fera l'objet d'un
signalement à son Agence Régionale de Santé.

Répondre au questionnaire (connexion avec vos identifiants amelipro) : {L0}

HAS - Direction de l'évaluation
""", links=[("Accéder", "https://has-sante-enquete.com/q/2025")])

M("f18", "fraud", "fr", "Service RH Hôpital", "drh@chu-intranet.net",
  "Mise à jour de vos informations de paie avant le 25",
  "Fri, 14 Nov 2025 08:48:00 +0100", """
Bonjour,

Dans le cadre de la migration du logiciel de paie, tous les praticiens doivent confirmer
leurs informations bancaires avant le 25 novembre, faute de quoi la paie de décembre ne
pourra être versée.

Connectez-vous avec vos identifiants de messagerie : {L0}

Direction des Ressources Humaines
""", links=[("Portail RH", "https://chu-paie-maj.firebaseapp.com/login")])

M("f19", "fraud", "fr", "Espace MSSanté", "alerte@mssante-messagerie.com",
  "Messages bloqués sur votre messagerie sécurisée",
  "Mon, 01 Dec 2025 06:20:00 +0100", """
Bonjour,

3 messages sécurisés (comptes rendus d'examens) sont en attente de délivrance sur votre
boîte MSSanté. Suite à une mise à jour de sécurité, vous devez confirmer vos identifiants
pour les recevoir.

{L0}

L'équipe MSSanté
""", links=[("Récupérer mes messages", "https://mssante-messagerie.com/webmail/")])

M("f20", "fraud", "fr", "Cabinet d'Avocats Leroy & Associés", "maitre.leroy@avocats-leroy.biz",
  "Succession - héritage non réclamé",
  "Sat, 06 Dec 2025 21:00:00 +0100", """
Cher Docteur,

Je suis Maître Jean-Claude Leroy, avocat au barreau de Lomé. Je me permets de vous
contacter au sujet de feu M. Henri Dubreuil, ressortissant français décédé sans héritier
connu, dont le compte présente un solde de 2 850 000 €. Votre nom de famille nous
permettrait de vous présenter comme bénéficiaire.

Merci de me répondre en toute confidentialité avec vos coordonnées complètes afin que je
vous transmette la procédure.

Me J-C. Leroy
""", reply_to="jc.leroy.avocat@proton.me", html=False)

M("f21", "fraud", "fr", "Service Qualité Doctolib", "no-reply@doctolib.fr",
  "Avis patient négatif publié sur votre profil",
  "Tue, 09 Dec 2025 10:02:00 +0100", """
Bonjour Docteur,

Un patient a publié un avis négatif concernant votre dernière consultation. Vous pouvez y
répondre ou demander sa suppression sous 72h.

Voir l'avis : {L0}

L'équipe Doctolib
""", links=[("Voir l'avis", "https://doctolib-avis.com/praticien/avis?id=55201")])

M("f22", "fraud", "fr", "Secrétariat Dr Morel", "contact@cabinet-morel-pediatrie.fr",
  "Facture impayée - relance",
  "Wed, 17 Dec 2025 09:59:00 +0100", """
Bonjour,

Veuillez trouver ci-joint la facture en attente de règlement. Le document est
disponible sur notre espace OneDrive :

{L0}

Merci d'avance,
Secrétariat
""", links=[("Facture_FA2025-1289.pdf", "https://onedrive-partage.net/s/FA2025-1289")])

M("f23", "fraud", "fr", "ANDPC", "info@formation-dpc-andpc.com",
  "Dernier rappel : inscription DPC financée avant clôture",
  "Thu, 20 Nov 2025 13:33:00 +0100", """
Docteur,

C'est notre dernier rappel. Les enveloppes DPC 2025 seront clôturées dans 10 jours. Plus
de 4 200 médecins ont déjà validé leur formation indemnisée (jusqu'à 1 080 € reversés).

Rappel gratuit par un conseiller : {L0}
ou par téléphone au 01 89 71 60 04.

L'équipe ANDPC
""", links=[("Être rappelé", "https://formation-dpc-andpc.com/rappel")], phones=["+33189716004"])

M("f24", "fraud", "fr", "Direction Générale de la Santé", "dgs-urgent@sante-gouv.org",
  "DGS-URGENT : mise à jour de vos coordonnées professionnelles",
  "Fri, 28 Feb 2025 17:00:00 +0100", """
Mesdames, Messieurs les professionnels de santé,

Afin de continuer à recevoir les messages DGS-Urgent, vous devez mettre à jour vos
coordonnées et confirmer votre identité avant le 10 mars.

Formulaire : {L0}

Ministère de la Santé - Direction Générale de la Santé
""", links=[("https://sante.gouv.fr/dgs-urgent", "https://sante-gouv.org/dgs-urgent/form.html")])

# ------------------------------------------------------------------ fraud, English mail
M("e01", "fraud", "en", "DocuSign", "dse@docusign-mailer.net",
  "Complete with DocuSign: Medical_Services_Agreement.pdf",
  "Tue, 21 Jan 2025 15:42:00 +0100", """
Please review and sign your document.

{L0}

HR Department sent you a document to review and sign.
Do Not Share This Email. This email contains a secure link to DocuSign.
""", links=[("REVIEW DOCUMENT", "https://docsign-review.pages.dev/view")])

M("e02", "fraud", "en", "Mr. Ahmed Kareem", "ahmedkareem1960@yahoo.com",
  "Business proposal",
  "Fri, 07 Feb 2025 02:15:00 +0100", """
Dear Doctor,

I am Mr Ahmed Kareem, a senior manager at a bank in Dubai. I have a business proposal
concerning a deceased client (medical doctor) with funds of $14.5M left unclaimed. I need
a foreign partner of the same profession to stand as next of kin. You will get 40%.

Reply to my private email with your full name, phone number and address.

Regards,
Ahmed Kareem
""", reply_to="a.kareem.private@mail.ru", html=False)

M("e03", "fraud", "en", "Netflix", "info@netflix-billing-update.com",
  "Your membership is on hold",
  "Sun, 02 Mar 2025 09:09:00 +0100", """
Hi,

We were unable to process your last payment. Please update your payment details to keep
enjoying Netflix.

{L0}

Your friends at Netflix
""", links=[("UPDATE ACCOUNT", "https://netflx-account-hold.com/billing")])

M("e04", "fraud", "en", "IT Helpdesk", "helpdesk@mail-quota-admin.com",
  "Mailbox Storage Full - Incoming mails suspended",
  "Wed, 16 Apr 2025 04:40:00 +0200", """
Dear user,

Your mailbox has exceeded the storage limit set by your administrator. You may not be able
to send or receive new messages until you re-validate your mailbox.

To re-validate, click here: {L0}

IT Helpdesk
""", links=[("Re-validate", "https://storage.googleapis.com/quota-fix-28a1/index.html")])

M("e05", "fraud", "en", "Anonymous", "helen.brown77@outlook.com",
  "I know your password",
  "Thu, 24 Apr 2025 23:50:00 +0200", """
Hello,

I have access to your device and recorded you through your webcam. I know one of your
passwords. To avoid me sending the video to all your contacts and patients, send 1500 USD
in Bitcoin to this address:

bc1qx7k2m9w3r0e4t8y6u5n2p1zq4lf0h8d3c9v7a

You have 48 hours. Do not reply to this email.
""", html=False)

M("e06", "fraud", "en", "PayPal", "service@paypal-resolution-center.com",
  "Your account access has been limited",
  "Mon, 12 May 2025 10:30:00 +0200", """
Dear Customer,

We noticed unusual activity in your PayPal account. As a precaution, we have limited your
access until you confirm your information.

{L0}

Case ID: PP-004-195-772
PayPal
""", links=[("Confirm now", "https://paypal.resolution-center-secure.com/signin")])

M("e07", "fraud", "en", "Journal of Clinical Medicine Reports", "editor@jcmr-publishing.com",
  "Invoice: Article Processing Charge - Manuscript JCMR-2025-0417",
  "Tue, 03 Jun 2025 12:00:00 +0200", """
Dear Dr.,

Your manuscript has been accepted for publication. To proceed, please settle the
Article Processing Charge of USD 1,290 within 5 days by wire transfer to:

Beneficiary: JCMR Publishing Ltd
Account: 4401 2278 9930
SWIFT: HDFCINBB

Failure to pay will result in withdrawal and blacklisting of all authors.

Editorial Office, JCMR
""", html=False)

M("e08", "fraud", "en", "Microsoft Teams", "noreply@teams-notification.info",
  "You have a new voicemail (0:47)",
  "Wed, 09 Jul 2025 08:15:00 +0200", """
You received a voice message from +33 1 43 XX XX XX.

Duration: 0:47
{L0}

Microsoft Teams
""", links=[("Listen to voicemail", "https://voicemail-teams.vercel.app/play")])

M("e09", "fraud", "en", "Apple", "noreply@apple-id-support.org",
  "Your Apple ID has been locked for security reasons",
  "Sat, 19 Jul 2025 19:19:00 +0200", """
Dear Customer,

Your Apple ID was used to sign in to iCloud on a Windows PC. Your account has been locked.
To unlock it, verify your identity within 24 hours.

{L0}

Apple Support
""", links=[("Verify now", "https://appleid-unlock.support-icloud.net/")])

M("e10", "fraud", "en", "WeTransfer", "noreply@wetransfer-files.net",
  "Dr. Martin Klein sent you files via WeTransfer",
  "Mon, 04 Aug 2025 14:14:00 +0200", """
Dr. Martin Klein sent you 3 files
Patient_referral_scans.zip  24.6 MB

"Hi, here are the scans we discussed. Best, Martin"

{L0}

Files expire in 7 days.
""", links=[("Download your files", "https://wetransfer-files.net/downloads/7c11e0")])

M("e11", "fraud", "en", "DHL Express", "dhl@delivery-notice.co",
  "DHL: shipment on hold - customs payment required",
  "Tue, 26 Aug 2025 09:58:00 +0200", """
Dear Customer,

Your shipment 8847261930 is on hold at our facility due to unpaid customs duties (EUR 3.45).
Please complete the payment to release your parcel.

{L0}

DHL Express International
""", links=[("Pay and track", "http://dhl-customs-release.xyz/pay")])

M("e12", "fraud", "en", "Google Workspace", "workspace-noreply@gsuite-alerts.com",
  "Unusual sign-in attempt blocked",
  "Fri, 12 Sep 2025 01:01:00 +0200", """
Someone just used your password to try to sign in to your account from a device in Lagos,
Nigeria. Google blocked them, but you should check what happened.

{L0}

Google Workspace Security
""", links=[("Check activity", "https://accounts-google.security-check.help/")])

M("e13", "fraud", "en", "MedSupply Direct", "sales@medsupplydirect.store",
  "Nitrile gloves & masks -70% clearance, pay by bank transfer",
  "Wed, 01 Oct 2025 10:00:00 +0200", """
Dear Doctor,

Due to warehouse clearance we offer certified nitrile gloves (box of 100) for only 1.20 EUR
and FFP2 masks for 0.09 EUR. Minimum order 50 boxes. Payment only by advance bank
transfer, delivery in 48h.

Order form: {L0}
WhatsApp: +44 7451 220 918

MedSupply Direct Ltd
""", links=[("medsupplydirect.store/order", "https://medsupplydirect.store/order")], phones=["+447451220918"])

M("e14", "fraud", "en", "Coinbase", "support@coinbase-security-alert.com",
  "Withdrawal request of 0.4821 BTC",
  "Sun, 19 Oct 2025 03:33:00 +0200", """
A withdrawal of 0.4821 BTC to an external wallet has been requested from your account.

If you did not make this request, cancel it immediately:
{L0}

Or call our fraud line: +1 (888) 421-0936

Coinbase Security
""", links=[("Cancel withdrawal", "https://coinbase-cancel-request.com/")], phones=["+18884210936"])

M("e15", "fraud", "en", "LinkedIn", "messages-noreply@linkedin-mail.org",
  "You appeared in 14 searches this week",
  "Tue, 11 Nov 2025 07:07:00 +0100", """
You appeared in 14 searches this week.

See who's looking at your profile:
{L0}

LinkedIn Corporation
""", links=[("See all searches", "https://linkedin-mail.org/login?redirect=searches")])

M("e16", "fraud", "en", "Dr. Rachel Stone", "rachel.stone.md@gmail.com",
  "Quick favor",
  "Thu, 27 Nov 2025 10:44:00 +0100", """
Hi,

Are you available? I need a quick favor. I'm in a meeting and can't talk, I need to get
some Apple gift cards for a patient's birthday, I'll pay you back today. Let me know if you
can help.

Rachel
Sent from my iPhone
""", html=False)

M("e17", "fraud", "en", "Zoom", "no-reply@zoom-meetings-invite.com",
  "Zoom: You missed a scheduled meeting - recording available",
  "Mon, 15 Dec 2025 16:16:00 +0100", """
Hello,

You have missed a scheduled meeting: "Q4 Department Review". A recording is available.

{L0}

Thank you for choosing Zoom.
""", links=[("View Recording", "https://zoom-meetings-invite.com/rec/share/1qA9")])

# ------------------------------------------------------------------ fraud, SMS and calls
S("s01", "fraud", "fr", "sms", "AMELI",
  "AMELI: Votre carte vitale expire. Renouvelez-la pour eviter une interruption de vos droits : https://ameli-carte-vitale.info/renouveler",
  ["Bonjour, je viens de recevoir ce SMS de l'expéditeur AMELI : \"Votre carte vitale expire. Renouvelez-la pour eviter une interruption de vos droits : https://ameli-carte-vitale.info/renouveler\". Je ne l'ai pas ouvert. Bonne journée"],
  links=[("https://ameli-carte-vitale.info/renouveler", "https://ameli-carte-vitale.info/renouveler")])

S("s02", "fraud", "fr", "sms", "+33 6 44 18 27 90",
  "Mon DPC : vos droits de formation 2025 (21h) expirent. Activez-les ici : mondpc-activation.fr/d/8812 ou rappelez le 01 84 60 33 21",
  ["SMS reçu hier soir à 21h sur mon portable perso, numéro 06 44 18 27 90 :\nMon DPC : vos droits de formation 2025 (21h) expirent. Activez-les ici : mondpc-activation.fr/d/8812 ou rappelez le 01 84 60 33 21\nJe n'ai rien fait. Cordialement",
   "Même SMS que les autres confrères je pense : \"Mon DPC vos droits expirent, activez-les sur mondpc-activation.fr\". Envoyé par le 06 44 18 27 90."],
  links=[("mondpc-activation.fr/d/8812", "mondpc-activation.fr/d/8812")], phones=["+33644182790", "+33184603321"])

S("c_01", "fraud", "fr", "call", None,
  "appel direction régionale certification",
  ["Bonjour,\n\nJ'ai reçu ce matin un appel au cabinet d'une personne se présentant comme \"la direction régionale de la certification périodique\". Elle voulait absolument me parler personnellement, a dit que ma certification n'était pas validée et que je risquais la radiation si je ne faisais pas une formation avant la fin du mois. Elle a demandé mon numéro RPPS et mon mot de passe Mon DPC \"pour vérifier mon dossier\". J'ai raccroché. Le numéro affiché était le 01 87 66 20 45.\n\nEst-ce que d'autres confrères ont eu ce genre d'appel ? Faut-il porter plainte ?\n\nBien confraternellement"],
  phones=["+33187662045"])

S("c_02", "fraud", "fr", "call", None, "appel conseiller agence DPC",
  ["Signalement : appel ce jour 14h20 sur la ligne du secrétariat, homme se disant \"conseiller de l'agence nationale du DPC\". Propose de m'inscrire à une formation \"gratuite et indemnisée\" et de créer mon compte à ma place si je lui donne mes identifiants. Numéro masqué. Ma secrétaire a refusé de me passer l'appel."])

S("s03", "fraud", "fr", "sms", "URSSAF-INFO",
  "URSSAF: Un trop-percu de 318,40EUR vous est du. Pour le recevoir, confirmez vos coordonnees bancaires sur urssaf-remboursement.com sous 24h.",
  ["Reçu ce SMS (expéditeur URSSAF-INFO) : \"Un trop-percu de 318,40EUR vous est du. Pour le recevoir, confirmez vos coordonnees bancaires sur urssaf-remboursement.com sous 24h.\" Je suppose que c'est faux ?"],
  links=[("urssaf-remboursement.com", "urssaf-remboursement.com")])

S("c_03", "fraud", "fr", "call", None, "faux conseiller bancaire",
  ["Bonsoir,\nje signale un appel d'un prétendu \"service fraude\" de ma banque (LCL) qui connaissait mon nom et mon adresse de cabinet. Il m'a demandé de valider sur mon appli une \"opération d'annulation\" puis de lui lire le code reçu par SMS. J'ai compris trop tard, j'ai fait opposition. Il appelait du 09 70 82 14 66. Je préviens l'Ordre au cas où d'autres médecins seraient visés.\nDr B."],
  phones=["+33970821466"])

S("s04", "fraud", "fr", "sms", "Doctolib",
  "Doctolib: votre compte praticien sera desactive le 30/09 faute de verification d'identite. Verifiez sur https://doctolib-pro.verif-compte.com",
  ["sms \"Doctolib\" : votre compte praticien sera desactive le 30/09 faute de verification d'identite. Verifiez sur https://doctolib-pro.verif-compte.com\n\nje n'ai pas cliqué"],
  links=[("https://doctolib-pro.verif-compte.com", "https://doctolib-pro.verif-compte.com")])

S("c_04", "fraud", "fr", "call", None, "appel ANS e-CPS",
  ["Bonjour,\n\nPour votre information, ma collaboratrice a été appelée mardi par une femme disant travailler pour \"l'ANS, service e-CPS\", qui voulait lui faire installer un logiciel de prise en main à distance (AnyDesk) pour \"activer son compte de certification périodique\". Elle a raccroché. L'appel venait du 04 28 29 71 03.\n\nCordialement,\nLe secrétariat du cabinet médical des Tilleuls"],
  phones=["+33428297103"])

S("s05", "fraud", "fr", "sms", "+33 7 58 91 04 22",
  "Bonjour Docteur, c'est Marion de la direction regionale de certification periodique, votre dossier est incomplet, merci de me rappeler au 07 58 91 04 22 avant vendredi.",
  ["Voici le SMS reçu :\n\"Bonjour Docteur, c'est Marion de la direction regionale de certification periodique, votre dossier est incomplet, merci de me rappeler au 07 58 91 04 22 avant vendredi.\"\nJe n'ai pas rappelé."],
  phones=["+33758910422"])

S("s06", "fraud", "en", "sms", "+44 7700 183 552",
  "Royal Mail: your parcel is awaiting a £1.45 redelivery fee. Pay now at royalmail-redeliver.com to avoid return.",
  ["Reçu en Angleterre pendant un congrès, en anglais : \"Royal Mail: your parcel is awaiting a £1.45 redelivery fee. Pay now at royalmail-redeliver.com to avoid return.\" Expéditeur +44 7700 183 552. Pour info."],
  links=[("royalmail-redeliver.com", "royalmail-redeliver.com")], phones=["+447700183552"])

S("s07", "fraud", "fr", "sms", "MaSante",
  "Votre compte Mon espace sante va etre clos. Confirmez vos informations : mes-sante-fr.com/c",
  ["Un patient m'a montré ce sms qu'il a reçu et je vous le transmets : expéditeur MaSante, \"Votre compte Mon espace sante va etre clos. Confirmez vos informations : mes-sante-fr.com/c\""],
  links=[("mes-sante-fr.com/c", "mes-sante-fr.com/c")])

# ------------------------------------------------------------------ spam (honest but unsolicited)
M("p01", "spam", "fr", "MedFormation Conseil", "info@medformation-conseil.fr",
  "Certification périodique : on fait le point ensemble ?",
  "Tue, 28 Jan 2025 10:30:00 +0100", """
Bonjour Docteur,

La certification périodique vous semble floue ? Vous n'êtes pas seul. MedFormation Conseil
est un organisme de formation privé (nous ne sommes ni l'ANDPC ni l'Ordre) : nous vous
aidons à choisir des actions adaptées à votre spécialité.

Nos formations sont en partie éligibles au financement DPC ; votre inscription reste
personnelle, sur votre propre compte www.mondpc.fr.

Prendre rendez-vous avec une conseillère : {L0}

MedFormation Conseil - SAS au capital de 10 000 €, 33 rue Sainte-Catherine, 33000 Bordeaux
Se désinscrire : {L1}
""", links=[("Réserver un échange de 15 min", "https://www.medformation-conseil.fr/rdv"),
            ("cliquer ici", "https://www.medformation-conseil.fr/unsubscribe?e=8812")], tdoms=["mondpc.fr"])

M("p02", "spam", "fr", "Weda", "newsletter@weda.fr",
  "Nouveauté : la téléconsultation intégrée à votre logiciel",
  "Thu, 13 Feb 2025 14:00:00 +0100", """
Bonjour,

Découvrez notre module de téléconsultation intégré, compatible Ségur, sans abonnement
supplémentaire pendant 3 mois. Webinaire de présentation le jeudi 27 février à 13h.

{L0}

L'équipe commerciale - Pour ne plus recevoir nos offres : {L1}
""", links=[("Je m'inscris au webinaire", "https://www.weda.fr/webinaire-teleconsultation"),
            ("désinscription", "https://www.weda.fr/desabonnement")])

M("p03", "spam", "fr", "Le Quotidien du Médecin - Partenaire", "partenaires@lequotidiendumedecin.fr",
  "[Partenaire] Découvrez le nouvel ECG connecté 6 dérivations",
  "Wed, 05 Mar 2025 07:00:00 +0100", """
Communication de notre partenaire

Cardiolink Pocket : l'ECG 6 dérivations qui tient dans la poche. Résultats en 30 secondes,
compte rendu PDF, prise en charge de l'acte. Offre de lancement -20 % jusqu'au 31 mars.

{L0}

Vous recevez ce message en tant qu'abonné au Quotidien du Médecin.
""", links=[("En savoir plus", "https://cardiolink-medical.com/pocket?utm_source=qdm")])

M("p04", "spam", "fr", "Séminaires Santé Montagne", "contact@seminaires-sante-montagne.fr",
  "Formation DPC à la montagne : urgences en cabinet, Chamonix, juin 2025",
  "Mon, 17 Mar 2025 09:00:00 +0100", """
Chère Consœur, Cher Confrère,

Combinez formation et détente : notre séminaire « Urgences vitales au cabinet » (action
DPC n° 45172500031, prise en charge ANDPC pour les libéraux) aura lieu à Chamonix du 12
au 14 juin 2025. Hébergement en supplément.

Programme et inscription : {L0}
Renseignements : 04 50 53 11 72

Séminaires Santé Montagne - organisme de DPC habilité
""", links=[("seminaires-sante-montagne.fr", "https://seminaires-sante-montagne.fr/chamonix-2025")], phones=["+33450531172"])

M("p05", "spam", "fr", "Cabinet Patrimoine Médical", "conseil@patrimoine-medical.fr",
  "Médecins libéraux : réduisez vos impôts 2025 avant le 31 décembre",
  "Tue, 02 Dec 2025 10:10:00 +0100", """
Bonjour Docteur,

PER, SCPI, loi Girardin : nos conseillers spécialisés dans la fiscalité des professions de
santé réalisent un bilan gratuit et sans engagement de votre situation.

Prendre rendez-vous : {L0} ou 05 61 22 48 90.

Cabinet Patrimoine Médical - Conseiller en investissements financiers, ORIAS n° 19004512
Désinscription : répondez STOP à ce message.
""", links=[("Bilan gratuit", "https://www.patrimoine-medical.fr/bilan")], phones=["+33561224890"])

M("p06", "spam", "fr", "Lucie - Recrutement Médical", "lucie@medirecrute.fr",
  "Poste de médecin généraliste salarié - centre de santé Normandie",
  "Thu, 10 Apr 2025 15:45:00 +0200", """
Bonjour Docteur,

Je me permets de vous contacter pour un poste de médecin généraliste salarié (4 jours,
8 500 € brut/mois) dans un centre de santé près de Caen, logement fourni la première année.

Seriez-vous disponible pour en discuter ? Mon numéro : 06 71 34 92 05.

Lucie Hamon - MediRecrute, cabinet de recrutement
""", phones=["+33671349205"], html=False)

M("p07", "spam", "fr", "Journées Nationales de Médecine Générale", "inscriptions@jnmg-congres.fr",
  "Plus que 15 jours pour l'early bird des JNMG 2025",
  "Wed, 23 Jul 2025 08:00:00 +0200", """
Bonjour,

Les JNMG reviennent les 9 et 10 octobre au Palais des Congrès. Au programme : 40 ateliers,
des sessions validantes pour le DPC et la certification périodique.

Tarif préférentiel jusqu'au 8 août : {L0}

Agence Congrès & Co pour les JNMG
Vous pouvez vous désabonner à tout moment : {L1}
""", links=[("S'inscrire", "https://www.jnmg-congres.fr/inscription?utm_campaign=earlybird"),
            ("désabonnement", "https://www.jnmg-congres.fr/optout")])

M("p08", "spam", "fr", "Mobilier Médical Pro", "promo@mobilier-medical-pro.fr",
  "Divan d'examen électrique : -25 % jusqu'à dimanche !!!",
  "Fri, 05 Sep 2025 18:00:00 +0200", """
DERNIERS JOURS !!!

Divan d'examen à hauteur variable électrique, 3 sections, 8 coloris : 1 490 € HT au lieu
de 1 990 €. Livraison et installation offertes.

J'en profite : {L0}

Mobilier Médical Pro - 14 avenue de l'Europe, 67300 Schiltigheim
Se désinscrire : {L1}
""", links=[("Voir l'offre", "https://www.mobilier-medical-pro.fr/divan-electrique"),
            ("ici", "https://www.mobilier-medical-pro.fr/desinscription")])

M("p09", "spam", "fr", "Assurances Pro Santé", "info@assurances-prosante.fr",
  "Votre RCP médicale : comparez en 2 minutes",
  "Mon, 20 Oct 2025 11:20:00 +0200", """
Docteur,

Et si votre responsabilité civile professionnelle vous coûtait moins cher ? Nos courtiers
comparent les offres de 12 assureurs spécialisés. Devis gratuit, sans engagement.

{L0}

Assurances Pro Santé, courtier immatriculé à l'ORIAS.
""", links=[("Comparer maintenant", "https://www.assurances-prosante.fr/devis-rcp")])

M("p10", "spam", "fr", "Laboratoire Nutrisens", "visite@nutrisens-lab.fr",
  "Invitation : soirée d'information sur la micronutrition, Nantes",
  "Tue, 04 Nov 2025 13:00:00 +0100", """
Docteur,

Le Laboratoire Nutrisens a le plaisir de vous convier à une soirée d'échange sur la
micronutrition en médecine générale, animée par le Dr Claire Roussel, le jeudi 20 novembre
à 19h30 (Hôtel Mercure Nantes Centre). Un dîner suivra.

Conformément à la loi anti-cadeaux, cette invitation fait l'objet d'une déclaration.
Inscription : {L0}

Laboratoire Nutrisens
""", links=[("nutrisens-lab.fr/soiree-nantes", "https://nutrisens-lab.fr/soiree-nantes")])

M("p11", "spam", "fr", "Agence Web Docteur+", "hello@docteurplus-web.fr",
  "Votre cabinet est-il visible sur Google ?",
  "Thu, 27 Feb 2025 09:12:00 +0100", """
Bonjour Docteur,

J'ai cherché « médecin généraliste » dans votre ville et votre cabinet n'apparaît pas dans
les premiers résultats. Nous créons des sites conformes aux règles déontologiques de
l'Ordre pour 49 €/mois.

Voulez-vous qu'on en parle 10 minutes cette semaine ?

Thomas, Docteur+ ({L0})
""", links=[("docteurplus-web.fr", "https://docteurplus-web.fr")], html=False)

M("p12", "spam", "fr", "Formations Médicales Connectées", "equipe@fmc-connect.fr",
  "Nouveau parcours certification périodique 2025-2028 : blocs 1 à 4",
  "Mon, 06 Oct 2025 10:00:00 +0200", """
Bonjour Docteur,

Pour vous aider à valider les 4 blocs de la certification périodique, FMC Connect propose
un parcours complet en e-learning. Les actions DPC sont financées par l'ANDPC dans la
limite de votre forfait ; les autres actions sont à votre charge (à partir de 190 €).

Rappel : votre compte individuel de certification est géré par l'ANS et votre parcours est
validé par l'Ordre. Nous ne vous demanderons jamais vos identifiants.

Découvrir le parcours : {L0}

FMC Connect - organisme de formation n° 11 75 61234 75
""", links=[("Découvrir", "https://www.fmc-connect.fr/parcours-certification?utm_source=email")])

M("p13", "spam", "en", "Elsevier Health", "healthnews@elsevier-health-offers.com",
  "Save 30% on clinical references this month",
  "Tue, 11 Feb 2025 15:00:00 +0100", """
Dear Healthcare Professional,

This month only, save 30% on our best-selling clinical references, including the latest
editions in internal medicine, cardiology and pediatrics. Use code CLIN30 at checkout.

{L0}

You are receiving this email because you registered at a medical conference.
Unsubscribe: {L1}
""", links=[("Shop now", "https://elsevier-health-offers.com/clin30"),
            ("unsubscribe", "https://elsevier-health-offers.com/unsub")])

M("p14", "spam", "en", "MedTech Webinars", "events@medtechwebinars.io",
  "Free webinar: AI-assisted dermatology triage in primary care",
  "Thu, 22 May 2025 17:30:00 +0200", """
Hi Doctor,

Join our free 45-minute webinar on June 5th at 6pm CET: how primary care physicians use
AI-assisted triage for skin lesions, with live Q&A. Sponsored by DermaScope Inc.

Register: {L0}

MedTech Webinars, London
""", links=[("Save my seat", "https://medtechwebinars.io/register/derm-ai")])

M("p15", "spam", "en", "International Journal of Medical Case Studies", "submissions@ijmcs-journal.org",
  "Call for papers - Volume 12, Issue 4",
  "Fri, 15 Aug 2025 06:30:00 +0200", """
Dear Dr.,

We have read your recent publication with great interest and invite you to submit a case
report, review or research article for our upcoming issue. Fast peer review (2 weeks),
open access, APC USD 599.

Submit online: {L0}

Best regards,
Sarah Williams, Editorial Assistant
""", links=[("www.ijmcs-journal.org/submit", "https://www.ijmcs-journal.org/submit")])

M("p16", "spam", "en", "Doximity-like Survey Panel", "panel@medopinion-surveys.com",
  "Paid survey: 20 min, EUR 60 honorarium for GPs in France",
  "Tue, 07 Oct 2025 12:00:00 +0200", """
Hello Doctor,

We are looking for general practitioners in France for a 20-minute online survey on the
management of type 2 diabetes. Respondents who qualify receive a 60 EUR honorarium.
Responses are anonymous and used for market research only.

Take the survey: {L0}

MedOpinion Surveys - market research agency, member of ESOMAR
""", links=[("Start survey", "https://medopinion-surveys.com/s/fr-gp-t2d")])

M("p17", "spam", "fr", "Cabinet Expertise Comptable Médecins", "contact@compta-medecins.fr",
  "Déclaration 2035 : confiez-nous votre comptabilité",
  "Sun, 12 Jan 2025 09:00:00 +0100", """
Bonjour Docteur,

La saison de la déclaration 2035 approche. Notre cabinet d'expertise comptable, dédié aux
professions médicales, prend en charge votre comptabilité BNC à partir de 89 € HT/mois,
adhésion AGA incluse.

Demandez votre devis sur {L0} ou au 02 40 12 77 30.

Cabinet Expertise Comptable Médecins - inscrit à l'Ordre des experts-comptables
""", links=[("compta-medecins.fr", "https://www.compta-medecins.fr/devis")], phones=["+33240127730"])

# ------------------------------------------------------------------ legitimate
M("l01", "legitimate", "fr", "Mon DPC", "ne-pas-repondre@mondpc.fr",
  "Mon DPC - Réinitialisation de votre mot de passe",
  "Tue, 14 Jan 2025 21:03:11 +0100", """
Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre compte sur www.mondpc.fr.

Pour définir un nouveau mot de passe, cliquez sur le lien suivant : {L0}

Ce lien est valable 24 heures. Si vous n'êtes pas à l'origine de cette demande, ignorez ce
message : votre mot de passe actuel reste inchangé.

L'Agence nationale du Développement Professionnel Continu
""", links=[("Réinitialiser mon mot de passe", "https://www.mondpc.fr/mondpc/reinitialisation?cle=a81f9c20e7")])

M("l02", "legitimate", "fr", "Agence du Numérique en Santé", "ne-pas-repondre@esante.gouv.fr",
  "Votre code d'activation e-CPS",
  "Wed, 05 Feb 2025 10:12:40 +0100", """
Bonjour,

Vous avez demandé l'activation de votre carte e-CPS. Voici votre code à usage unique :

    482 917

Ce code est valable 15 minutes. Ne le communiquez à personne : aucun agent ne vous le
demandera, ni par téléphone ni par courriel.

Pour en savoir plus sur l'e-CPS : {L0}

Agence du Numérique en Santé
""", links=[("esante.gouv.fr", "https://esante.gouv.fr/produits-services/e-cps")])

M("l03", "legitimate", "fr", "Conseil départemental de l'Ordre des médecins de la Gironde", "cdom33@ordre.medecin.fr",
  "Appel de cotisation ordinale 2025",
  "Mon, 20 Jan 2025 09:00:00 +0100", """
Chère Consœur, cher Confrère,

Le Conseil national a fixé le montant de la cotisation ordinale 2025. Vous pouvez la régler
en ligne, par prélèvement ou par chèque, à l'aide de votre numéro d'inscription, depuis
votre espace personnel sur le site du Conseil national : {L0}

Nous vous rappelons que la date limite de paiement est fixée au 31 mars 2025. Aucun
règlement ne vous sera demandé par téléphone.

Le secrétariat reste à votre disposition au 05 56 44 24 43.

Le Trésorier
""", links=[("www.ordre.medecin.fr", "https://www.ordre.medecin.fr/")], phones=["+33556442443"], G="")

M("l04", "legitimate", "fr", "ARS Auvergne-Rhône-Alpes", "ars-ara-alerte@ars.sante.fr",
  "URGENT - Alerte sanitaire : cas de rougeole dans le département",
  "Thu, 27 Mar 2025 16:45:00 +0100", """
Mesdames et Messieurs les médecins,

Plusieurs cas de rougeole ont été confirmés dans le département depuis le 15 mars. Nous
vous demandons de signaler sans délai tout cas suspect à la plateforme de veille de l'ARS
(04 72 34 31 20) et de vérifier le statut vaccinal de vos patients.

Conduite à tenir et fiche de signalement : {L0}

Délégation départementale - ARS Auvergne-Rhône-Alpes
""", links=[("www.auvergne-rhone-alpes.ars.sante.fr/rougeole", "https://www.auvergne-rhone-alpes.ars.sante.fr/rougeole")], phones=["+33472343120"], G="")

M("l05", "legitimate", "fr", "Urssaf", "ne-pas-repondre@urssaf.fr",
  "Un nouveau document est disponible dans votre espace",
  "Tue, 08 Apr 2025 06:30:00 +0200", """
Bonjour,

Un nouveau document concernant votre compte cotisant est disponible dans votre espace en
ligne : échéancier de cotisations provisionnelles 2025.

Pour le consulter, connectez-vous sur urssaf.fr, rubrique « Mes documents ».

Pour votre sécurité, l'Urssaf ne vous demande jamais vos coordonnées bancaires par courriel.

Votre Urssaf
""", tdoms=["urssaf.fr"], html=True)

M("l06", "legitimate", "fr", "Dr Hélène Vasseur", "helene.vasseur@chu-nantes.fr",
  "Re: votre patient M. R., 67 ans",
  "Wed, 16 Apr 2025 19:22:00 +0200", """
Cher confrère,

Merci pour votre courrier. J'ai revu M. R. en consultation ce jour : l'échographie
confirme une sténose carotidienne droite à 70 %. Je le présente au staff de chirurgie
vasculaire jeudi et vous tiens informé.

Le compte rendu détaillé vous parviendra par messagerie sécurisée.

Bien confraternellement,
Dr Hélène Vasseur
Service de neurologie vasculaire
""", html=False)

M("l07", "legitimate", "fr", "Doctolib", "no-reply@doctolib.fr",
  "Nouvelle connexion à votre compte Doctolib Pro",
  "Sat, 03 May 2025 08:05:00 +0200", """
Bonjour Docteur,

Une nouvelle connexion à votre compte Doctolib Pro a été détectée :
- Appareil : Chrome sur Windows
- Lieu approximatif : Lyon, France
- Date : 03/05/2025 à 08:04

S'il s'agit de vous, aucune action n'est nécessaire. Sinon, modifiez immédiatement votre mot
de passe depuis les paramètres de votre compte sur pro.doctolib.fr et contactez notre
support.

L'équipe Doctolib
""", tdoms=["doctolib.fr"])

M("l08", "legitimate", "fr", "Chambre disciplinaire de première instance", "greffe.cdpi-aura@ordre.medecin.fr",
  "Notification - audience du 12 juin 2025",
  "Fri, 09 May 2025 11:00:00 +0200", """
Docteur,

Vous trouverez ci-joint la convocation à l'audience de la chambre disciplinaire de première
instance du 12 juin 2025 à 14h00, dans l'affaire vous concernant (n° 2024-0387), ainsi que
le mémoire en réplique du plaignant.

La convocation vous est également adressée par lettre recommandée avec accusé de réception.
Vous pouvez vous faire assister d'un avocat ou d'un confrère inscrit au tableau.

Le greffe
""", html=False)

M("l09", "legitimate", "fr", "Laboratoire BioVal", "resultats@bioval-laboratoires.fr",
  "Résultats disponibles - patient(e) D. Laurent",
  "Mon, 19 May 2025 12:40:00 +0200", """
Bonjour,

Les résultats d'analyses de votre patient(e) D. Laurent (prélèvement du 19/05/2025) sont
disponibles sur notre serveur de résultats.

{L0}

Laboratoire BioVal - Site de Villefranche
""", links=[("Consulter les résultats", "https://resultats.bioval-laboratoires.fr/medecin")])

M("l10", "legitimate", "fr", "Agence nationale du DPC", "ne-pas-repondre@agencedpc.fr",
  "Votre action de DPC a été prise en compte",
  "Tue, 27 May 2025 14:20:00 +0200", """
Docteur,

Nous vous confirmons la prise en compte de votre participation à l'action n° 99752425021
« Prise en charge de la douleur chronique » (session 2). L'indemnisation correspondante
vous sera versée après transmission de l'attestation par l'organisme.

Vous pouvez suivre vos inscriptions et votre forfait dans votre compte sur {L0}.

L'Agence nationale du DPC
""", links=[("www.mondpc.fr", "https://www.mondpc.fr/")], G="")

M("l11", "legitimate", "fr", "Mme Claudine Roux", "claudine.roux56@orange.fr",
  "rendez-vous annulé",
  "Thu, 05 Jun 2025 18:30:00 +0200", """
Bonsoir docteur,

je ne pourrai pas venir a mon rendez-vous de lundi 9h car mon mari est hospitalisé. Pouvez
vous me rappeler pour en fixer un autre, mon numero est le 06 12 47 88 30.

Merci beaucoup et désolée
Claudine Roux
""", phones=["+33612478830"], html=False)

M("l12", "legitimate", "fr", "Direction des affaires médicales - CH de Blois", "dam@ch-blois.fr",
  "Dernier rappel : mise à jour obligatoire de votre mot de passe Hôpital",
  "Mon, 16 Jun 2025 08:00:00 +0200", """
Bonjour à tous,

Dans le cadre de la politique de sécurité du système d'information, les mots de passe des
comptes Windows/messagerie de l'ensemble des praticiens doivent être changés avant le
30 juin. Passé ce délai, les comptes non mis à jour seront verrouillés.

Le changement se fait uniquement depuis un poste de l'hôpital (Ctrl+Alt+Suppr > Modifier un
mot de passe). La DSI ne vous demandera jamais votre mot de passe par mail ou téléphone.

En cas de difficulté : hotline DSI, poste 4545.

La Direction des affaires médicales
""", html=False)

M("l13", "legitimate", "fr", "Haute Autorité de Santé", "newsletter@has-sante.fr",
  "HAS Actualités - juin 2025",
  "Thu, 26 Jun 2025 10:00:00 +0200", """
HAS Actualités

- Nouvelle recommandation : prise en charge de l'obésité de l'adulte en soins primaires
- Certification périodique : les référentiels des CNP publiés
- Consultation publique : parcours des patients atteints de BPCO

Lire la lettre : {L0}

Vous êtes abonné à la lettre d'information de la HAS. Gérer mon abonnement : {L1}
""", links=[("Lire en ligne", "https://www.has-sante.fr/jcms/p_3612345/fr/has-actualites-juin-2025"),
            ("gérer", "https://www.has-sante.fr/jcms/c_abonnements")], G="")

M("l14", "legitimate", "fr", "impots.gouv", "ne-pas-repondre@dgfip.finances.gouv.fr",
  "Votre avis d'impôt 2025 est disponible",
  "Thu, 24 Jul 2025 07:00:00 +0200", """
Madame, Monsieur,

Votre avis d'impôt sur les revenus 2024 est disponible dans votre espace particulier sur
impots.gouv.fr.

Pour le consulter, connectez-vous à votre espace avec votre numéro fiscal et votre mot de
passe, ou via FranceConnect.

Attention : la DGFiP ne vous demande jamais vos coordonnées bancaires par courriel.

La Direction générale des Finances publiques
""", tdoms=["impots.gouv.fr"])

M("l15", "legitimate", "fr", "Conseil départemental de l'Ordre des médecins", "conseil-13@ordre.medecin.fr",
  "Conciliation - plainte de Mme X",
  "Tue, 29 Jul 2025 11:30:00 +0200", """
Docteur,

Le Conseil départemental a été saisi d'une plainte vous concernant, déposée par Mme X. En
application de l'article L.4123-2 du code de la santé publique, une réunion de conciliation
est organisée le mardi 16 septembre 2025 à 17h au siège du Conseil.

Le courrier officiel et la copie de la plainte vous sont adressés par lettre recommandée.
Vous pouvez contacter le service juridique au 04 91 37 51 88.

Confraternellement,
Le Président du Conseil départemental
""", phones=["+33491375188"], html=False)

M("l16", "legitimate", "fr", "MACSF", "newsletter@macsf.fr",
  "Responsabilité : 5 situations à risque en cabinet",
  "Wed, 10 Sep 2025 07:30:00 +0200", """
Le point risques du mois

Retards de diagnostic, certificats, téléconsultation : nos juristes reviennent sur cinq
situations fréquentes de mise en cause des médecins généralistes.

{L0}

MACSF - Vous recevez cette lettre en tant que sociétaire. Se désabonner : {L1}
""", links=[("Lire l'article", "https://www.macsf.fr/responsabilite-professionnelle/situations-risque"),
            ("désabonnement", "https://www.macsf.fr/desabonnement")], G="")

M("l17", "legitimate", "fr", "Dr Antoine Perrin", "antoine.perrin@wanadoo.fr",
  "Remplacement août",
  "Mon, 24 Feb 2025 21:14:00 +0100", """
Salut,

Comme convenu au téléphone, je te confirme que je peux te remplacer du 4 au 22 août. Tu
peux m'envoyer le contrat type de l'Ordre, je le signerai et je le transmettrai au conseil
départemental.

Pour la rétrocession, on reste sur 80 % comme l'an dernier ?

Antoine
""", html=False)

M("l18", "legitimate", "fr", "Assurance Maladie - CPAM du Var", "pole-pro.cpam-var@assurance-maladie.fr",
  "Invitation : rencontre avec votre délégué de l'Assurance Maladie",
  "Thu, 18 Sep 2025 13:10:00 +0200", """
Docteur,

Votre délégué de l'Assurance Maladie, M. Julien Bertin, souhaiterait vous rencontrer à
votre cabinet pour échanger sur la prescription des arrêts de travail et les nouveaux
téléservices. Il vous contactera prochainement au cabinet pour convenir d'un rendez-vous.

Les supports d'information sont disponibles sur ameli.fr, rubrique Médecin.

Pôle relations avec les professionnels de santé - CPAM du Var
""", tdoms=["ameli.fr"], html=False)

M("l19", "legitimate", "fr", "Service-Public.fr", "ne-pas-repondre@service-public.fr",
  "Confirmation de votre démarche en ligne",
  "Fri, 03 Oct 2025 12:12:00 +0200", """
Bonjour,

Votre demande de changement d'adresse a bien été transmise aux organismes sélectionnés
(Assurance Maladie, Caisse d'allocations familiales, impôts).

Numéro de suivi : 2025-10-03-8841-AC

Vous pouvez suivre votre démarche depuis votre espace sur {L0}.

Service-Public.fr - Le site officiel de l'administration française
""", links=[("www.service-public.fr", "https://www.service-public.fr/compte/mes-demarches")])

M("l20", "legitimate", "fr", "Conseil départemental de l'Ordre des médecins", "cdom75@ordre.medecin.fr",
  "Certification périodique : réunion d'information le 14 novembre",
  "Tue, 14 Oct 2025 17:00:00 +0200", """
Chère Consœur, cher Confrère,

La certification périodique suscite beaucoup de questions. Le Conseil départemental
organise une réunion d'information le vendredi 14 novembre à 19h, en présence d'un
représentant du Conseil national.

Au programme : les quatre blocs, le rôle de l'ANS (compte personnel) et des CNP, les délais,
et les démarchages frauduleux dont plusieurs confrères ont été victimes.

Inscription gratuite en répondant à ce courriel.

Documentation : {L0}

Le Conseil départemental
""", links=[("www.ordre.medecin.fr", "https://www.ordre.medecin.fr/la-certification-periodique")], G="")

M("l21", "legitimate", "fr", "Pharmacie du Marché", "pharmaciedumarche.villeneuve@gmail.com",
  "Ordonnance Mme Bernard - rupture amoxicilline",
  "Wed, 22 Oct 2025 10:50:00 +0200", """
Bonjour Docteur,

Nous sommes en rupture d'amoxicilline 500 mg suspension pour votre patiente Mme Bernard
(ordonnance du jour). Accepteriez-vous une substitution par la forme comprimés
dispersibles ? Merci de nous rappeler au 05 53 70 12 41.

Bonne journée,
Pharmacie du Marché
""", phones=["+33553701241"], html=False)

M("l22", "legitimate", "fr", "Ma certification périodique", "ne-pas-repondre@esante.gouv.fr",
  "Votre espace de certification périodique est ouvert",
  "Mon, 03 Nov 2025 09:00:00 +0100", """
Bonjour Docteur,

Votre compte individuel de certification périodique est désormais accessible. Il vous
permet de consulter les actions déclarées et d'enregistrer celles que vous avez réalisées.

Connexion avec Pro Santé Connect (e-CPS ou carte CPS) depuis le site de l'Agence du
Numérique en Santé : {L0}

Aucune action de notre part ne sera effectuée par téléphone : l'ANS ne vous contactera
jamais pour vous proposer des formations.

Agence du Numérique en Santé
""", links=[("esante.gouv.fr/certification-periodique", "https://esante.gouv.fr/certification-periodique")])

M("l23", "legitimate", "fr", "CARMF", "ne-pas-repondre@carmf.fr",
  "Votre appel de cotisations 2025 est en ligne",
  "Wed, 22 Jan 2025 08:30:00 +0100", """
Docteur,

Votre appel de cotisations 2025 est disponible dans votre espace personnel sur carmf.fr.
Le premier prélèvement interviendra le 5 février.

CARMF - Caisse autonome de retraite des médecins de France
""", tdoms=["carmf.fr"])

M("l24", "legitimate", "fr", "Secrétariat Centre Hospitalier", "secretariat.pediatrie@ch-valence.fr",
  "Invitation staff RCP pédiatrie - lien visio",
  "Thu, 13 Nov 2025 11:45:00 +0100", """
Bonjour,

Vous êtes invité(e) à la RCP pédiatrie du mardi 18 novembre à 13h. Le lien de connexion
(Teams) est le suivant : {L0}

Merci de confirmer votre présence.

Secrétariat de pédiatrie - CH de Valence
""", links=[("Rejoindre la réunion", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2")])

M("l25", "legitimate", "fr", "Mon espace santé", "ne-pas-repondre@monespacesante.fr",
  "Un document a été ajouté au dossier médical de votre patient",
  "Fri, 21 Nov 2025 15:00:00 +0100", """
Bonjour,

Ceci est une notification automatique envoyée à la demande de votre logiciel : un
compte rendu d'hospitalisation a été déposé dans le DMP d'un de vos patients.

Consultez-le depuis votre logiciel métier ou depuis l'accès web professionnels de santé.

Mon espace santé
""", html=False)

M("l26", "legitimate", "fr", "URPS Médecins Libéraux", "contact@urps-ml-ara.org",
  "Enquête URPS : votre avis sur les CPTS (5 minutes)",
  "Mon, 01 Dec 2025 12:00:00 +0100", """
Chère Consœur, Cher Confrère,

Les élus de l'URPS lancent une enquête auprès des médecins libéraux de la région sur le
fonctionnement des CPTS. Elle est anonyme et prend 5 minutes.

Répondre : {L0}

Les élus de l'URPS Médecins Libéraux
""", links=[("Accéder à l'enquête", "https://www.urps-ml-ara.org/enquete-cpts")])

M("l27", "legitimate", "fr", "Mon DPC", "ne-pas-repondre@mondpc.fr",
  "Mon DPC - Confirmation de création de compte",
  "Tue, 09 Dec 2025 19:40:00 +0100", """
Bonjour,

Votre compte professionnel sur www.mondpc.fr a bien été créé. Votre identifiant est
l'adresse électronique à laquelle ce message est envoyé.

Pour rappel, l'Agence nationale du DPC ne vous demandera jamais votre mot de passe et ne
vous démarche pas pour vous inscrire à des actions.

L'équipe Mon DPC
""", tdoms=["mondpc.fr"], html=False)

# English legitimate
M("n01", "legitimate", "en", "Microsoft account team", "account-security-noreply@accountprotection.microsoft.com",
  "Microsoft account security code",
  "Sat, 08 Feb 2025 10:02:00 +0100", """
Microsoft account

Security code

Please use the following security code for the Microsoft account jo*****@outlook.fr.

Security code: 771840

If you don't recognize the Microsoft account jo*****@outlook.fr, you can {L0}.

Thanks,
The Microsoft account team
""", links=[("click here to remove your email address from that account", "https://account.live.com/dp?ft=-DlmP0")])

M("n02", "legitimate", "en", "ESC Congress", "congress@escardio.org",
  "Your registration for ESC Congress 2025 is confirmed",
  "Tue, 13 May 2025 11:30:00 +0200", """
Dear Doctor,

Thank you for registering for ESC Congress 2025 in Madrid (29 August - 1 September).
Your registration number is ESC25-440128. Your badge will be available for collection
on site.

Manage your registration: {L0}

European Society of Cardiology
""", links=[("My ESC account", "https://www.escardio.org/Congresses-Events/ESC-Congress")])

M("n03", "legitimate", "en", "Prof. David Mills", "d.mills@ucl.ac.uk",
  "Re: collaboration on the asthma registry",
  "Wed, 11 Jun 2025 17:05:00 +0200", """
Dear colleague,

Many thanks for your message and apologies for the delay. We would be delighted to include
your practice data in the European asthma registry. I attach the data-sharing agreement
draft; our research office will send you the final version through our secure portal.

Could we schedule a short call next week?

Best wishes,
David Mills
Professor of Respiratory Medicine, UCL
""", html=False)

M("n04", "legitimate", "en", "NCBI", "no-reply@ncbi.nlm.nih.gov",
  "My NCBI: reset your password",
  "Thu, 17 Jul 2025 22:40:00 +0200", """
Hello,

We received a request to reset the password for your My NCBI account. To reset your
password, use the link below within 1 hour:

{L0}

If you did not request this, you can ignore this email.

National Center for Biotechnology Information
""", links=[("Reset password", "https://www.ncbi.nlm.nih.gov/account/reset/?t=Zk31")])

M("n05", "legitimate", "en", "The BMJ", "bmj@e.bmj.com",
  "This week in The BMJ",
  "Fri, 19 Sep 2025 06:00:00 +0200", """
This week in The BMJ

- Long term outcomes of GLP-1 receptor agonists: cohort study
- Editorial: physician burnout and the certification burden
- Practice pointer: managing chronic cough in primary care

Read the issue: {L0}

You are receiving this email because you subscribed to BMJ alerts. Manage preferences: {L1}
""", links=[("bmj.com", "https://www.bmj.com/content/current"), ("preferences", "https://www.bmj.com/account/alerts")])

M("n06", "legitimate", "en", "Zoom", "no-reply@zoom.us",
  "Dr. Elena García has invited you to a scheduled Zoom meeting",
  "Mon, 20 Oct 2025 09:25:00 +0200", """
Hi there,

Dr. Elena García is inviting you to a scheduled Zoom meeting.

Topic: EU rare diseases network - case discussion
Time: Oct 28, 2025 05:00 PM Paris

Join Zoom Meeting: {L0}
Meeting ID: 845 2210 9981
""", links=[("https://us06web.zoom.us/j/84522109981", "https://us06web.zoom.us/j/84522109981?pwd=aGx1")])

# legitimate SMS/calls the doctor doubted
S("s08", "legitimate", "fr", "sms", "Doctolib",
  "Doctolib : votre code de vérification est 583014. Ne le communiquez à personne.",
  ["Bonjour, j'ai reçu ce SMS \"Doctolib : votre code de vérification est 583014. Ne le communiquez à personne.\" juste après avoir voulu me connecter sur un nouvel ordinateur. C'est normal ou on essaye de pirater mon compte ?"])

S("c_05", "legitimate", "fr", "call", None, "appel CPAM délégué",
  ["Bonjour,\nune personne m'a appelé en se présentant comme déléguée de l'Assurance Maladie de la CPAM de l'Hérault pour prendre rendez-vous au cabinet au sujet des arrêts de travail. Elle ne m'a rien demandé d'autre qu'une date. Elle m'a laissé le numéro du standard de la CPAM, 36 08. Est-ce une pratique normale ? Avec toutes vos alertes je me méfie de tout.\nMerci"])

# ------------------------------------------------------------------ more spam
M("p18", "spam", "fr", "Dr Santé Formation", "contact@drsante-formation.com",
  "🎓 Vos 21h de DPC en 3 clics - formations 100% en ligne",
  "Thu, 06 Feb 2025 12:15:00 +0100", """
Bonjour Docteur,

Vous manquez de temps ? Nos formations e-learning sont accessibles 24h/24 et éligibles
au financement ANDPC (sous réserve de votre forfait disponible). Plus de 60 thèmes :
dermatologie, gériatrie, santé mentale, pédiatrie...

Inscrivez-vous sur votre compte mondpc.fr en recherchant « Dr Santé Formation », ou
laissez-vous guider par notre équipe au 01 82 88 46 10.

{L0}

Dr Santé Formation - ODPC n° 9982 - Se désabonner : {L1}
""", links=[("Voir les formations", "https://www.drsante-formation.com/catalogue-dpc"),
            ("désabonnement", "https://www.drsante-formation.com/unsubscribe")],
  phones=["+33182884610"], tdoms=["mondpc.fr"])

M("p19", "spam", "fr", "Stéthos Connect", "ventes@stethos-connect.fr",
  "Le stéthoscope numérique qui enregistre vos auscultations",
  "Tue, 25 Mar 2025 09:45:00 +0100", """
Docteur,

Enregistrez, comparez et partagez vos auscultations avec le stéthoscope numérique
Stéthos One. Essai gratuit de 30 jours à votre cabinet.

Demander un essai : {L0}

Stéthos Connect SAS, Grenoble
""", links=[("Essai gratuit", "https://stethos-connect.fr/essai?src=mail")])

M("p20", "spam", "fr", "Kinésanté Immobilier", "annonces@kinesante-immo.fr",
  "Local professionnel santé à vendre - maison médicale",
  "Wed, 30 Apr 2025 17:20:00 +0200", """
Bonjour,

Nous commercialisons un local de 85 m² dans une maison de santé pluriprofessionnelle en
cours de création (ouverture prévue janvier 2026), accessible PMR, parking. Prix : 198 000 €.

Visites sur rendez-vous : 06 30 51 77 84.

Kinésanté Immobilier - agence spécialisée professions de santé
""", phones=["+33630517784"], html=False)

M("p21", "spam", "fr", "Vidal", "offres@vidal-pro-offres.fr",
  "Offre spéciale abonnés : le guide Vidal Recos 2026 à -15 %",
  "Mon, 17 Nov 2025 08:30:00 +0100", """
Bonjour Docteur,

Précommandez dès maintenant le guide Vidal Recos 2026 et bénéficiez de 15 % de remise
avec le code RECOS26.

{L0}

Vous recevez ce message car vous avez accepté de recevoir nos offres commerciales.
""", links=[("Je précommande", "https://www.vidal-pro-offres.fr/recos2026")])

M("p22", "spam", "fr", "Association Médecins & Sport", "bureau@medecins-sport-asso.fr",
  "Marathon des médecins 2025 : inscriptions ouvertes",
  "Fri, 16 May 2025 20:00:00 +0200", """
Chers amis coureurs,

Le 8e Marathon des médecins aura lieu le 21 septembre à Annecy (marathon, semi et 10 km).
Les bénéfices sont reversés à une association d'aide aux soignants.

Inscriptions : {L0}

Le bureau de l'association
""", links=[("www.medecins-sport-asso.fr", "https://www.medecins-sport-asso.fr/marathon-2025")])

M("p23", "spam", "en", "Sonoscan Medical", "marketing@sonoscan-medical.com",
  "Handheld ultrasound for GPs - special launch price in France",
  "Wed, 09 Apr 2025 14:30:00 +0200", """
Dear Doctor,

Meet the Sonoscan H2: a wireless handheld ultrasound probe that connects to your phone.
Launch price in France: EUR 2,490 (VAT excl.), including a 6-hour online POCUS course.

Book a demo: {L0}

Sonoscan Medical B.V., Rotterdam
To stop receiving these emails, click {L1}.
""", links=[("Book a demo", "https://www.sonoscan-medical.com/demo-fr"),
            ("here", "https://www.sonoscan-medical.com/unsubscribe")])

M("p24", "spam", "en", "Medical Travel Retreats", "info@medtravel-retreats.com",
  "CME cruise in the Mediterranean - 12 credits, May 2026",
  "Thu, 04 Dec 2025 18:00:00 +0100", """
Dear Physician,

Earn up to 12 CME credits while cruising the Mediterranean (Barcelona - Rome - Athens,
10-17 May 2026). Lectures on board each morning, excursions each afternoon. Cabins from
EUR 2,150 per person.

Full programme and booking: {L0}

Medical Travel Retreats Ltd
""", links=[("View itinerary", "https://medtravel-retreats.com/cme-med-2026")])
