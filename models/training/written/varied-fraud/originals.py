# -*- coding: utf-8 -*-
"""Hand-written originals (the suspicious messages doctors forward).

mail(): an e-mail. body uses [[n]] for the n-th link (shown text, real target).
sms():  a text message as received (sender name or number, text).
call(): a phone call / voicemail; the doctor's own description is written per report
        in build.py, `gist` only documents what happened.
phones are E.164. `label` is fraud | spam | legitimate.
"""

ORIGINALS = {}


def _add(o):
    assert o["id"] not in ORIGINALS, o["id"]
    ORIGINALS[o["id"]] = o


def mail(oid, label, lang, name, addr, subject, date, body, links=(), phones=(),
         reply_to=None, html=True, banner=None, color=None, to=None, attach=None):
    _add(dict(id=oid, kind="mail", label=label, lang=lang, name=name, addr=addr,
              subject=subject, date=date, body=body.strip("\n"), links=list(links),
              phones=list(phones), reply_to=reply_to, html=html, banner=banner,
              color=color, to=to, attach=attach))


def sms(oid, label, lang, sender, date, text, links=(), phones=()):
    _add(dict(id=oid, kind="sms", label=label, lang=lang, name=sender, addr=None,
              subject="SMS", date=date, body=text.strip(), links=list(links),
              phones=list(phones)))


def call(oid, label, lang, number, date, gist, phones=()):
    _add(dict(id=oid, kind="call", label=label, lang=lang, name=number, addr=None,
              subject="appel", date=date, body=gist.strip(), links=[], phones=list(phones)))


# =====================================================================  FRAUD, French
mail("f01", "fraud", "fr", "ANDPC - Service Formation", "notification@andpc-droits.fr",
     "Vos droits DPC 2025 arrivent à expiration le 31 mars",
     "2025-03-11 08:42 +0100", """
Docteur,

Selon nos informations, vous n'avez pas encore utilisé votre enveloppe de formation au titre du Développement Professionnel Continu pour l'année 2025.

Montant disponible sur votre compte : 2 646,00 €
Date limite d'utilisation : 31/03/2025

Passé ce délai, les droits non consommés seront définitivement perdus et ne pourront pas être reportés sur la période triennale suivante.

Pour consulter votre solde et vous positionner sur une action éligible, connectez-vous à votre espace professionnel :

[[0]]

Un conseiller dédié peut également vous accompagner au 01 84 60 27 19 (du lundi au vendredi, 9h-18h).

Cordialement,
Le service Formation
Agence Nationale du DPC
""", links=[("Accéder à mon espace DPC", "https://www.andpc-droits.fr/espace-professionnel/connexion?ref=MED2025")],
     phones=["+33184602719"], banner="Agence Nationale du Développement Professionnel Continu")

mail("f02", "fraud", "fr", "Mon DPC", "ne-pas-repondre@mondpc-professionnels.fr",
     "Action requise : mise à jour de votre profil professionnel",
     "2025-02-04 17:05 +0100", """
Bonjour Docteur,

Dans le cadre de l'entrée en vigueur de la certification périodique, les profils des professionnels de santé inscrits sur Mon DPC doivent être rapprochés de leur numéro RPPS avant le 28 février 2025.

Nous n'avons pas pu effectuer ce rapprochement automatiquement pour votre compte. Afin de conserver l'accès à vos actions en cours et à votre historique de formation, nous vous invitons à vérifier vos informations en quelques minutes :

[[0]]

Cette vérification vous sera demandée une seule fois.

Nous vous remercions de votre confiance.

L'équipe Mon DPC
""", links=[("Vérifier mon profil", "https://connexion.mondpc-professionnels.fr/rpps/verification")])

mail("f03", "fraud", "fr", "Direction Régionale de Certification Périodique", "dr.certification@certif-periodique-sante.fr",
     "URGENT - Non-conformité de votre dossier de certification périodique",
     "2025-01-20 10:13 +0100", """
Madame, Monsieur le Docteur,

La Direction Régionale de Certification Périodique vous informe que votre dossier ne comporte à ce jour AUCUNE action validée au titre de l'obligation de certification périodique instaurée par l'ordonnance n° 2021-961.

Sans régularisation de votre part sous 8 jours, votre dossier sera transmis à la chambre disciplinaire et une procédure de radiation du tableau pourra être engagée, entraînant la suspension de votre droit d'exercer.

Pour régulariser votre situation, merci de contacter sans délai notre service au 01 76 41 08 52 muni de votre numéro RPPS et de vos identifiants Mon DPC, ou de compléter le formulaire en ligne :

[[0]]

Nous comptons sur votre diligence.

Service conformité
Direction Régionale de Certification Périodique
""", links=[("Régulariser mon dossier", "https://certif-periodique-sante.fr/regularisation/dossier.php")],
     phones=["+33176410852"])

mail("f04", "fraud", "fr", "Conseil de l'Ordre des médecins - Service cotisations", "cotisations@ordre-medecins-cdom.fr",
     "Relance : cotisation ordinale 2025 non réglée",
     "2025-04-15 09:30 +0200", """
Docteur,

Sauf erreur de notre part, votre cotisation ordinale au titre de l'année 2025, d'un montant de 345 €, n'a pas été réglée à ce jour.

Suite à la migration de notre système comptable, les règlements par chèque ne sont plus acceptés. Nous vous remercions de bien vouloir procéder au virement avant le 30 avril 2025 sur le compte suivant :

Titulaire : CNOM - GESTION COTISATIONS
IBAN : FR76 1695 8000 0174 2236 9801 455
BIC : QNTOFRP1XXX
Référence à indiquer : COT2025 suivie de votre numéro RPPS

À défaut de règlement dans ce délai, une majoration de 10 % sera appliquée et votre dossier sera transmis au service contentieux.

Pour toute question, le service cotisations reste joignable au 09 70 19 42 83.

Veuillez agréer, Docteur, l'expression de nos salutations distinguées.

Le service des cotisations
""", phones=["+33970194283"], html=False)

mail("f05", "fraud", "fr", "Assurance Maladie", "remboursement@assure-ameli-service.com",
     "Un remboursement de 214,60 € est en attente de validation",
     "2025-02-19 06:51 +0100", """
Cher(e) assuré(e),

Après le dernier calcul de vos remboursements, nous avons déterminé que vous êtes éligible à recevoir un remboursement de 214,60 €.

Pour recevoir ce montant, veuillez confirmer vos coordonnées bancaires en cliquant sur le lien ci-dessous :

[[0]]

Le remboursement sera effectué sous 3 à 5 jours ouvrables. Sans confirmation de votre part dans les 48h, la demande sera annulée.

Merci de votre confiance,
L'Assurance Maladie
© 2025 ameli.fr
""", links=[("Confirmer mes coordonnées", "https://ameli-remboursement-assure.web.app/confirmation/index.html")],
     banner="ameli.fr — l'Assurance Maladie", color="#0c419a")

mail("f06", "fraud", "fr", "URSSAF", "no-reply@urssaf-regularisation.fr",
     "Mise en demeure avant poursuites - Cotisations 4e trimestre",
     "2025-02-26 14:20 +0100", """
Madame, Monsieur,

Nous constatons qu'à ce jour, malgré nos précédents courriers, vos cotisations et contributions sociales personnelles du 4e trimestre 2024 restent impayées pour un montant de 1 287,00 €.

Nous vous mettons en demeure de régler cette somme dans un délai de 72 heures. À défaut, nous engagerons une procédure de recouvrement forcé assortie de majorations de retard.

Consultez le détail et réglez en ligne : [[0]]

URSSAF - Service recouvrement des travailleurs indépendants
""", links=[("Mon espace URSSAF", "http://urssaf-regularisation.fr/espace/paiement?id=PL93821")])

mail("f07", "fraud", "fr", "impots.gouv.fr", "ne-pas-repondre@dgfip-avis-remboursement.info",
     "Avis de remboursement - Taxe foncière 2024",
     "2024-11-08 22:47 +0100", """
Direction générale des Finances publiques

Bonjour,

Après vérification de vos déclarations, un trop-perçu de 389,12 € a été constaté sur votre taxe foncière 2024.

Pour obtenir votre remboursement, merci de compléter le formulaire sécurisé avant le 15/11/2024 :
[[0]]

Numéro fiscal de référence : 30 49 ** *** ** 812

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", links=[("Obtenir mon remboursement", "https://impots-gouv-remboursement.netlify.app/fr/")])

mail("f08", "fraud", "fr", "Dr Philippe Garnier", "presidence.clinique.saintroch@gmail.com",
     "Confidentiel", "2025-03-05 11:02 +0100", """
Bonjour,

Êtes-vous au cabinet ce matin ? J'ai besoin de vous pour une opération confidentielle concernant le rachat en cours, je suis en réunion avec les avocats et je ne peux pas être joint par téléphone.

Merci de me répondre uniquement par mail, c'est assez urgent.

Dr P. Garnier
Président du directoire
Envoyé de mon iPhone
""", reply_to="p.garnier.presidence@proton.me", html=False)

mail("f09", "fraud", "fr", "Clinique Saint-Roch - Présidence", "presidence.clinique.saintroch@gmail.com",
     "RE: Confidentiel", "2025-03-05 11:47 +0100", """
Merci pour votre retour rapide.

Comme indiqué, nous finalisons l'acquisition d'un cabinet de radiologie et un acompte doit être versé aujourd'hui avant 15h. La comptabilité est fermée et je ne peux pas passer par le circuit habituel.

Pouvez-vous effectuer un virement de 18 400 € vers le compte du cabinet d'avocats ci-dessous ? Vous serez remboursé dès lundi par la clinique.

Bénéficiaire : SELARL Morel & Associés
IBAN : LT52 3250 0684 1120 7739
BIC : REVOLT21

Je compte sur votre discrétion absolue, l'opération n'est pas encore annoncée aux équipes.

Philippe Garnier
""", reply_to="p.garnier.presidence@proton.me", html=False)

mail("f10", "fraud", "fr", "Dr Nathalie Brunet", "nathalie.brunet.chef.service@outlook.fr",
     "Petit service", "2024-12-17 13:26 +0100", """
Bonjour,

Tu es disponible ? J'aurais besoin d'un petit service rapide, je suis en congrès et je n'arrive pas à faire l'achat depuis ici.

Il me faudrait 5 cartes cadeaux Google Play de 100 € pour des patients de l'association (c'est pour Noël). Tu peux les prendre au tabac ou au supermarché, gratte le dos et envoie-moi les codes en photo par mail. Je te rembourse dès mon retour jeudi.

Merci beaucoup, tu me sauves.

Nathalie
""", html=False)

mail("f11", "fraud", "fr", "Sophie Lecomte", "s.lecomte@ch-pays-de-rance.fr",
     "Sophie Lecomte vous a partagé « Protocole_soins_palliatifs_2025.pdf »",
     "2025-01-28 16:31 +0100", """
Sophie Lecomte a partagé un fichier avec vous

Bonjour,
Voici le protocole actualisé dont nous avons parlé lors de la réunion territoriale. Merci de le consulter et de me faire un retour avant la fin de semaine.

[[0]]

Ce lien fonctionne uniquement pour les destinataires directs de ce message.

Sophie Lecomte
Cadre de santé - Pôle médecine
Centre hospitalier du Pays de Rance
""", links=[("Ouvrir", "https://chpaysderance-my.sharepoint.com/:b:/g/personal/s_lecomte_ch-pays-de-rance_fr/EbX4kqP2mYdKs1Q9RzL0wXoB8nW5vH3a?e=Qm4Tz1")])

mail("f12", "fraud", "fr", "Service Informatique", "m.perrin@etu.univ-loire-atlantique.fr",
     "Votre boîte aux lettres a atteint 98 % de sa capacité",
     "2025-03-24 03:18 +0100", """
Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité de stockage (1,96 Go / 2 Go). Vous ne pourrez bientôt plus envoyer ni recevoir de nouveaux messages.

Pour augmenter gratuitement votre quota et éviter la perte de vos messages, validez votre compte ici :

[[0]]

Administrateur système
© Service Messagerie 2025
""", links=[("VALIDER MON COMPTE", "https://webmail-quota-upgrade.weebly.com/")])

mail("f13", "fraud", "fr", "Orange", "service-client@orange-messagerie-infos.com",
     "Votre messagerie Orange est saturée",
     "2024-10-02 07:40 +0200", """
Bonjour,

Votre espace de stockage Mail Orange est plein. Les nouveaux messages qui vous sont adressés sont actuellement bloqués et seront renvoyés à leurs expéditeurs.

Pour débloquer votre messagerie, vérifiez votre identifiant et votre mot de passe Orange :

[[0]]

Sans action de votre part sous 24h, votre adresse e-mail sera suspendue.

L'équipe Orange
""", links=[("Débloquer ma messagerie", "https://orange-mail-restauration.pages.dev/login")],
     banner="orange", color="#ff7900")

mail("f14", "fraud", "fr", "MSSanté - Messagerie Sécurisée de Santé", "support@mssante-securite.fr",
     "Votre boîte MSSanté sera désactivée le 14/02/2025",
     "2025-02-10 12:09 +0100", """
Bonjour Docteur,

Conformément au référentiel de sécurité de l'Espace de confiance MSSanté, les boîtes aux lettres n'ayant pas fait l'objet d'une revalidation annuelle seront désactivées.

Votre boîte n'a pas été revalidée. Pour continuer à échanger avec vos correspondants (laboratoires, établissements, confrères), merci de confirmer votre identité avec votre carte CPS ou vos identifiants :

[[0]]

Support MSSanté
""", links=[("Revalider ma boîte MSSanté", "https://mssante-securite.fr/revalidation/auth")])

mail("f15", "fraud", "fr", "Pauline Marchand - Secrétariat Dr Roux", "secretariat.dr.roux@gmail.com",
     "Fichiers OneDrive : courriers patients à récupérer",
     "2025-03-18 15:55 +0100", """
Bonjour,

Pauline Marchand vous a envoyé des fichiers via OneDrive.

3 fichiers (courriers_patients_mars.pdf, CR_consultations.pdf, ordonnances.pdf)

[[0]]

Pour des raisons de confidentialité, vous devrez vous connecter avec votre adresse e-mail professionnelle pour afficher les documents.

Bien cordialement,
Pauline Marchand
Secrétariat médical
""", links=[("Afficher les fichiers", "https://onedrive-docs-partage.netlify.app/view?id=8821")])

mail("f16", "fraud", "fr", "Dr Claire Moreau (via Google Docs)", "drive-shares-dm-noreply@google.com",
     "Document partagé avec vous : « Planning astreintes T2 2025 »",
     "2025-03-27 09:12 +0100", """
Dr Claire Moreau a partagé un formulaire avec vous

Planning astreintes T2 2025 - vérification des participants

Merci de confirmer votre identité et votre adresse de messagerie professionnelle (mot de passe inclus) pour accéder au planning. Les réponses doivent être envoyées avant le 31/03.

[[0]]

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car Dr Claire Moreau a partagé un document avec vous depuis Google Forms.
""", links=[("Ouvrir", "https://docs.google.com/forms/d/e/1FAIpQLSc9kR2v_Tq7xPmN0aB4yZ3wL8jHfE6uD1sG5oK/viewform")])

mail("f17", "fraud", "fr", "Comptabilité MédiFournitures", "comptabilite@medifournitures-pro.fr",
     "Facture FA-2025-0412 - changement de coordonnées bancaires",
     "2025-04-02 10:44 +0200", """
Bonjour,

Veuillez trouver ci-dessous le rappel de la facture FA-2025-0412 (consommables cabinet : gants, draps d'examen, abaisse-langues) d'un montant de 684,30 € TTC, arrivée à échéance le 28/03/2025.

Nous vous informons par ailleurs qu'à la suite d'un audit interne, nos coordonnées bancaires ont changé. Merci d'effectuer dorénavant vos règlements sur notre nouveau compte :

IBAN : FR76 4061 8803 9200 0401 7756 318
BIC : BOUSFRPPXXX
Banque : Boursorama

Merci de ne plus utiliser l'ancien RIB, les virements y seront rejetés. Pour toute question, Mme Lambert au 07 56 83 21 90.

Cordialement,
Service comptabilité
MédiFournitures
""", phones=["+33756832190"])

mail("f18", "fraud", "fr", "Doctolib Pro", "facturation@doctolib-pro-services.com",
     "Échec du prélèvement de votre abonnement Doctolib",
     "2025-01-09 08:03 +0100", """
Bonjour Docteur,

Le prélèvement de votre abonnement mensuel Doctolib (149,00 € HT) a été refusé par votre banque.

Afin d'éviter la suspension de votre agenda en ligne et la désactivation de la prise de rendez-vous par vos patients, merci de mettre à jour votre moyen de paiement avant le 12 janvier :

[[0]]

L'équipe Doctolib
""", links=[("Mettre à jour mon moyen de paiement", "https://pro-doctolib.facturation-abonnement.com/paiement")])

mail("f19", "fraud", "fr", "Agence du Numérique en Santé", "e-cps@esante-gouv.fr",
     "Votre carte e-CPS expire dans 5 jours",
     "2025-03-03 09:27 +0100", """
Bonjour,

Votre carte e-CPS, qui vous permet de vous identifier sur les services numériques en santé via Pro Santé Connect (Ameli Pro, Mon DPC, DMP, MSSanté), arrive à expiration le 08/03/2025.

Pour la renouveler, il vous suffit de confirmer votre identité en vous connectant avec votre numéro RPPS et le code reçu par SMS :

[[0]]

Sans renouvellement, vous ne pourrez plus accéder aux téléservices de l'Assurance Maladie ni à votre compte de certification périodique.

Agence du Numérique en Santé
9 rue Georges Pitard, 75015 Paris
""", links=[("Renouveler ma e-CPS", "https://wallet.esante-gouv.fr/e-cps/renouvellement")])

mail("f20", "fraud", "fr", "Service DPC - Accompagnement", "contact@formation-medicale-accompagnement.fr",
     "Votre accompagnement DPC (mandat ANDPC)",
     "2025-02-12 11:40 +0100", """
Docteur,

Notre organisme est mandaté par l'Agence nationale du DPC pour accompagner les médecins de votre département dans la validation de leur parcours triennal et de leur certification périodique.

Nous constatons que votre compte n'a pas encore été activé pour 2025. Afin de ne pas perdre votre prise en charge (jusqu'à 3 200 € d'indemnisation), un de nos conseillers peut procéder à l'inscription pour vous : il vous suffit de nous transmettre par retour de mail votre identifiant et votre mot de passe Mon DPC ainsi que votre numéro RPPS.

Vous pouvez également nous joindre au 04 28 29 61 07.

Bien confraternellement,
Marc Delorme
Responsable accompagnement
""", phones=["+33428296107"], html=False)

mail("f21", "fraud", "fr", "Mon DPC", "support@mondpc-securite.com",
     "Réinitialisation de votre mot de passe",
     "2025-03-14 02:11 +0100", """
Bonjour,

Une demande de réinitialisation du mot de passe associé à votre compte Mon DPC a été effectuée.

Si vous êtes à l'origine de cette demande, cliquez sur le lien suivant : [[0]]

Si vous n'êtes pas à l'origine de cette demande, votre compte est peut-être compromis. Sécurisez-le immédiatement : [[1]]

Cordialement,
L'équipe Mon DPC
""", links=[("Réinitialiser mon mot de passe", "https://mondpc-securite.com/reset?token=e81b0"),
            ("Je n'ai pas fait cette demande", "https://mondpc-securite.com/secure/account")])

mail("f22", "fraud", "fr", "Conseil National de l'Ordre des Médecins", "tableau@cnom-inscriptions.fr",
     "Mise à jour obligatoire de votre inscription au Tableau",
     "2024-11-21 15:33 +0100", """
Docteur,

Conformément aux articles L.4112-1 et suivants du code de la santé publique, chaque médecin inscrit doit procéder à la mise à jour annuelle de ses données d'exercice.

Nos services n'ont pas reçu votre mise à jour pour l'année en cours. À défaut de régularisation avant le 30 novembre, votre inscription sera placée en statut « suspendu » et cette information sera communiquée à l'Assurance Maladie.

La procédure prend moins de 5 minutes et nécessite votre carte bancaire pour le règlement des frais de dossier (29 €) :

[[0]]

Le Conseil National de l'Ordre des Médecins
""", links=[("Mettre à jour mon inscription", "https://www.cnom-inscriptions.fr/mise-a-jour")],
     banner="Ordre National des Médecins")

mail("f23", "fraud", "fr", "ARS - Service astreintes", "astreintes@ars-sante-indemnisation.fr",
     "Versement des indemnités d'astreinte PDSA - coordonnées bancaires",
     "2025-01-14 13:13 +0100", """
Docteur,

Dans le cadre de la permanence des soins ambulatoires (PDSA), le versement de vos indemnités d'astreinte du 4e trimestre 2024 ne peut être réalisé : les coordonnées bancaires dont nous disposons sont incomplètes.

Merci de renseigner votre RIB ainsi qu'une copie de votre pièce d'identité via le portail sécurisé :
[[0]]

Le versement interviendra sous 10 jours après validation.

Agence Régionale de Santé
Direction de l'offre de soins
""", links=[("Portail PDSA", "https://pdsa.ars-sante-indemnisation.fr/rib")])

mail("f24", "fraud", "fr", "CARMF - Service recouvrement", "recouvrement@carmf-cotisations.fr",
     "Appel de cotisations 2025 - nouvelles modalités de paiement",
     "2025-01-30 09:58 +0100", """
Docteur,

Nous vous informons que, dans le cadre de la modernisation de nos services, les prélèvements automatiques sont suspendus pour l'échéance du 5 février 2025.

Afin d'éviter toute majoration de retard, nous vous remercions de régler le premier acompte provisionnel (1 842,00 €) par virement sur notre compte de transition :

IBAN : FR76 1027 8060 3100 0209 5130 147
Titulaire : CAISSE RETRAITE MED GESTION

Merci d'indiquer votre numéro d'adhérent en référence. Un justificatif de paiement peut nous être transmis en réponse à ce message.

Service recouvrement
Caisse autonome de retraite des médecins de France
""", html=False)

mail("f25", "fraud", "fr", "Ministère de la Santé et de l'Accès aux soins", "declaration@sante-gouv-professionnels.fr",
     "Déclaration annuelle d'activité 2025 - obligatoire",
     "2025-04-07 08:15 +0200", """
Madame, Monsieur,

La loi de financement de la sécurité sociale impose désormais aux médecins libéraux une déclaration annuelle d'activité sur le portail du ministère.

Votre déclaration n'a pas encore été enregistrée. Tout défaut de déclaration avant le 20 avril 2025 expose à une pénalité forfaitaire de 1 500 €.

Déclarer mon activité : [[0]]

Munissez-vous de votre numéro RPPS, de votre numéro de SIRET et de vos identifiants ameli pro.

Direction générale de l'offre de soins
""", links=[("https://declaration.sante.gouv.fr", "https://declaration.sante-gouv-professionnels.fr/portail/")])

mail("f26", "fraud", "fr", "Service Certification Médecins", "service.certification.medecins@gmail.com",
     "Tentative de contact - dossier n° CP-2025-18832",
     "2025-02-21 16:40 +0100", """
Bonjour Docteur,

Nous avons tenté de vous joindre à plusieurs reprises concernant votre dossier de certification périodique (réf. CP-2025-18832), sans succès.

Votre dossier présente une anomalie qui doit être corrigée rapidement pour éviter une suspension de votre exercice. Merci de rappeler notre service au 01 89 71 44 06 (numéro non surtaxé), du lundi au samedi de 8h30 à 19h.

Bien à vous,
Camille Rousseau
Chargée de dossiers
""", phones=["+33189714406"], html=False)

mail("f27", "fraud", "fr", "Microsoft 365", "no-reply@m365-securite-compte.com",
     "Authentification à deux facteurs requise pour votre compte",
     "2025-03-31 07:22 +0200", """
Action requise

Votre organisation a activé l'authentification multifacteur (MFA). Vous devez reconfigurer la sécurité de votre compte avant le 02/04/2025, faute de quoi l'accès à votre messagerie sera bloqué.

Scannez le code QR ci-dessous avec l'appareil photo de votre téléphone pour terminer la configuration.

[code QR]

Ce code expire dans 48 heures.

Microsoft Corporation, One Microsoft Way, Redmond, WA
""", attach="qr")

mail("f28", "fraud", "fr", "ameli pro", "info@amelipro-espace.fr",
     "Nouveau : connectez-vous à amelipro par QR code",
     "2025-03-12 12:30 +0100", """
Docteur,

L'accès à votre espace amelipro évolue. Dès le 20 mars, la connexion par carte CPS sera remplacée par une connexion sécurisée depuis votre smartphone.

Scannez dès maintenant le QR code ci-dessous pour associer votre téléphone à votre compte. Vous devrez saisir votre numéro RPPS et votre code confidentiel.

[QR code]

Si vous ne parvenez pas à scanner le code, utilisez ce lien : [[0]]

L'Assurance Maladie
""", links=[("activer mon accès mobile", "https://amelipro-connexion-mobile.vercel.app/activation")], attach="qr",
     banner="amelipro", color="#0c419a")

mail("f29", "fraud", "fr", "Assurance Maladie - Relations professionnels de santé", "convention@assurance-maladie-pro.fr",
     "Convention médicale 2024-2029 : signature de votre adhésion",
     "2025-01-16 10:05 +0100", """
Docteur,

La nouvelle convention médicale signée le 4 juin 2024 entre en application progressive. Les revalorisations de la consultation prévues au 22 décembre 2024 ne pourront être appliquées à vos actes qu'après signature électronique de votre bulletin d'adhésion individuel.

Nous vous invitons à finaliser cette démarche depuis votre espace sécurisé. Vous aurez besoin de vos identifiants de connexion ainsi que de votre RIB professionnel, afin de mettre à jour les modalités de versement de vos rémunérations forfaitaires.

[[0]]

Nous restons à votre disposition pour tout complément d'information.

Votre conseiller informatique service
Caisse primaire d'assurance maladie
""", links=[("Signer mon adhésion", "https://espace.assurance-maladie-pro.fr/convention/adhesion")])

mail("f30", "fraud", "fr", "Services Bancaires", "alerte@securite-cic-clients.com",
     "Opération inhabituelle détectée sur votre compte professionnel",
     "2025-02-03 19:48 +0100", """
Cher client,

Un virement de 2 480,00 € vers un bénéficiaire non reconnu est en cours de traitement depuis votre compte professionnel.

Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement notre cellule fraude au 01 87 66 30 14 afin de l'annuler. Un conseiller vous guidera pour sécuriser votre accès.

Service Sécurité Clientèle
""", phones=["+33187663014"], html=False)

# ---------------------------------------------------------------- SMS and calls, French
sms("f31", "fraud", "fr", "AMELI", "2025-02-17 10:21 +0100",
    "Assurance Maladie : votre nouvelle carte Vitale est disponible. Pour la recevoir, confirmez vos informations avant le 20/02 : https://ameli-carte-vitale.info/suivi",
    links=[("https://ameli-carte-vitale.info/suivi", "https://ameli-carte-vitale.info/suivi")])

sms("f32", "fraud", "fr", "+33 6 44 18 72 09", "2025-03-04 12:02 +0100",
    "ANDPC: Docteur, vos droits DPC 2025 (jusqu'a 3500 EUR) expirent le 31/03. Pour les activer rappelez votre conseiller au 09 74 22 58 31",
    phones=["+33644187209", "+33974225831"])

call("f33", "fraud", "fr", "01 87 21 64 95", "2025-01-23 14:30 +0100",
     "Appel d'une personne se présentant comme 'l'organisme chargé de la certification périodique', menace de radiation, demande RPPS et mot de passe.",
     phones=["+33187216495"])

call("f34", "fraud", "fr", "09 77 81 20 36", "2025-02-06 09:10 +0100",
     "Appel 'de l'ANS' : propose de créer le compte Pro Santé Connect à la place du médecin, demande le code reçu par SMS.",
     phones=["+33977812036"])

call("f35", "fraud", "fr", "01 59 30 77 48", "2025-03-20 17:45 +0100",
     "Faux conseiller 'service fraude CPAM' qui dit que des actes frauduleux ont été facturés avec le numéro du médecin, demande IBAN et code de validation bancaire.",
     phones=["+33159307748"])

sms("f36", "fraud", "fr", "38015", "2025-03-14 02:13 +0100",
    "Votre code de reinitialisation ameli pro est : 583920. Si vous n'etes pas a l'origine de cette demande, appelez immediatement le service securite au 01 85 14 90 62.",
    phones=["+33185149062"])

sms("f37", "fraud", "fr", "Colissimo", "2024-12-09 18:33 +0100",
    "Colissimo: votre colis n° 6A2194738 est en attente au centre de tri. Des frais de reexpedition de 1,99 EUR sont requis : https://colissimo-suivi-relivraison.com/fr",
    links=[("https://colissimo-suivi-relivraison.com/fr", "https://colissimo-suivi-relivraison.com/fr")])

sms("f38", "fraud", "fr", "+33 7 81 55 02 63", "2025-01-27 08:47 +0100",
    "URSSAF: un trop-percu de 432,70EUR a ete constate sur vos cotisations 2024. Remboursement sous 48h apres validation : urssaf-remboursement.fr/pro",
    links=[("urssaf-remboursement.fr/pro", "http://urssaf-remboursement.fr/pro")], phones=["+33781550263"])

sms("f39", "fraud", "fr", "CA-Info", "2025-03-10 09:15 +0100",
    "Credit Agricole: votre SecuriPass doit etre reactive avant le 12/03 sous peine de blocage de vos operations. Reactivez ici: https://ca-securipass-activation.com",
    links=[("https://ca-securipass-activation.com", "https://ca-securipass-activation.com")])

call("f40", "fraud", "fr", "04 65 84 02 19", "2025-03-26 11:00 +0100",
     "Message vocal d'une 'conseillère DPC' disant que les droits de formation expirent, rappeler avant vendredi.",
     phones=["+33465840219"])

# =====================================================================  FRAUD, English
mail("f41", "fraud", "en", "DocuSign", "dse_eu@docusign-envelopes.net",
     "Please DocuSign: Contrat_Remplacement_Avril2025.pdf",
     "2025-03-25 13:07 +0100", """
Clinique Saint-Roch sent you a document to review and sign.

REVIEW DOCUMENT: [[0]]

Please review and electronically sign the replacement agreement at your earliest convenience. The envelope will expire in 3 days.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""", links=[("REVIEW DOCUMENT", "https://docusign-review-envelope.azurewebsites.net/sign/Envelope?id=7c1e")],
     banner="DocuSign", color="#1d1b5e")

mail("f42", "fraud", "en", "SharePoint Online", "sharepoint@notify-sharepointonline.com",
     "Dr. Alain Ferrand shared \"Planning gardes Q2 2025.xlsx\" with you",
     "2025-04-01 08:55 +0200", """
Dr. Alain Ferrand shared a file with you

Here's the document that Dr. Alain Ferrand shared with you.

Planning gardes Q2 2025.xlsx

[[0]]

This link will work for anyone.
Microsoft respects your privacy. To learn more, please read our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", links=[("Open", "https://pub-4f9a1c2e8b7d43e0a5b6.r2.dev/sharepoint/login.html")])

mail("f43", "fraud", "en", "Dropbox", "no-reply@dropbox-transfer-mail.com",
     "Invoice_0425.pdf has been shared with you",
     "2025-04-09 16:21 +0200", """
Hi there,

Groupe Medisud invited you to view the file "Invoice_0425.pdf" on Dropbox.

[[0]]

Enjoy!
The Dropbox team
""", links=[("View file", "https://dropbox-transfer-mail.com/s/invoice0425?dl=0")])

mail("f44", "fraud", "en", "Accounts Receivable - Medline Supply", "ar@medline-supplies-eu.com",
     "Overdue invoice INV-88231 - final reminder",
     "2025-02-13 15:02 +0100", """
Dear Customer,

Our records show that invoice INV-88231 (EUR 2,318.40) is now 45 days past due.

Please find the invoice and remittance details through the secure link below. To avoid interruption of service, kindly arrange payment within 48 hours.

[[0]]

If you have already paid, please disregard this notice.

Kind regards,
Accounts Receivable
""", links=[("View invoice INV-88231", "https://medline-invoices.firebaseapp.com/inv/88231")])

mail("f45", "fraud", "en", "Microsoft 365 Admin", "postmaster@mailbox-admin-365.com",
     "Password expiry notice: your password expires today",
     "2025-01-06 06:12 +0100", """
Microsoft 365

The password for your account expires today.

To keep using your current password, click below. If you do nothing, you will be signed out of Outlook, Teams and OneDrive.

[[0]]

Thank you,
The Microsoft 365 team
""", links=[("Keep current password", "https://login-microsoftonline-keep.glitch.me/auth")])

mail("f46", "fraud", "en", "Zoom", "no-reply@zoom-recordings-share.com",
     "You have a new meeting recording available",
     "2024-12-03 20:31 +0100", """
Hi,

A cloud recording of your meeting "Réunion CPTS - bilan annuel" is now available.

Duration: 01:12:44
Share: [[0]]

Please sign in with your work email to access the recording.

Thanks,
The Zoom Team
""", links=[("Play recording", "https://zoom-recordings-share.com/rec/play/Kx81mZq")])

mail("f47", "fraud", "en", "Adobe Acrobat", "dr.benoit.vidal@cabinet-medical-vidal.fr",
     "Secure PDF document: Compte rendu operatoire",
     "2025-02-25 11:37 +0100", """
Dr Benoit Vidal has sent you a secure PDF file

Compte_rendu_operatoire.pdf (245 KB)

[[0]]

To read the document, please enter the email address and password you use to access your mailbox.

Adobe Document Cloud
""", links=[("VIEW PDF", "https://adobe-doc-cloud.herokuapp.com/view/secure.php")])

mail("f48", "fraud", "en", "Barrister James Whitmore", "j.whitmore.chambers@outlook.com",
     "Inheritance claim - Late Dr. Henri Lambert",
     "2024-11-14 04:26 +0100", """
Dear Doctor,

I am Barrister James Whitmore, personal attorney to the late Dr. Henri Lambert, a French national who worked as a medical consultant in Accra and who died with his entire family in a road accident in 2021.

My late client left a deposit of EUR 4,750,000.00 (Four Million Seven Hundred and Fifty Thousand Euros) with a security company here. After several unsuccessful attempts to locate his relatives, I contact you because you share the same profession and the same surname origin, so you can be presented as the next of kin.

The transaction is 100% risk free. We will share the funds 50/50 and 5% will go to charity. Please reply with your full name, private telephone number and a copy of your ID so we can start the procedure immediately.

You can also reach me on WhatsApp: +44 7451 203 986

Yours faithfully,
Barrister James Whitmore, Esq.
""", reply_to="whitmore.legal.chambers@gmail.com", phones=["+447451203986"], html=False)

mail("f49", "fraud", "en", "WHO Physician Relief Programme", "grants@who-physician-relief.org",
     "Your nomination for the 2025 Physician Support Grant (USD 250,000)",
     "2025-03-02 23:10 +0100", """
Dear Dr.,

We are pleased to inform you that your name was selected among 50 physicians in Europe to benefit from the WHO Physician Support Grant 2025, in recognition of frontline work during the COVID-19 pandemic.

Grant amount: USD 250,000.00
Reference: WHO/PSG/EU/0417

To release the funds, the grant office requires the payment of a one-time processing and anti-money-laundering certificate fee of USD 480, payable by bank transfer or Apple gift cards. Please contact the claims officer, Mrs. Agnes Mensah, by phone or WhatsApp at +229 97 41 22 85.

Congratulations once again.

Dr. Robert Kane
Director, Grants Disbursement Unit
""", phones=["+22997412285"], html=False)

mail("f50", "fraud", "en", "David Chen - Groupe Santéa CFO", "d.chen@santea-group-holdings.com",
     "Urgent wire - Project Atlas", "2025-03-13 09:48 +0100", """
Hi,

Are you available? I need you to process an urgent payment today for a strictly confidential acquisition (Project Atlas). The notary is waiting and the amount must reach them before 2pm.

I will send the wiring details once you confirm you can handle it. Please do not discuss this with anyone in the clinic until the official announcement.

Regards,
David Chen
Chief Financial Officer
Sent from my iPad
""", reply_to="davidchen.cfo@protonmail.com", html=False)

mail("f51", "fraud", "en", "DHL Express", "noreply@dhl-customs-clearance.com",
     "Your shipment is on hold - customs duties unpaid",
     "2025-01-21 14:17 +0100", """
DHL Express

Your package (Waybill 4839201754) from Shenzhen, CN is on hold at our facility.

Reason: import duties of EUR 3.49 have not been paid.

Pay now to schedule delivery: [[0]]

If payment is not received within 72 hours, the package will be returned to the sender.

DHL Express - Customer Service
""", links=[("Pay now", "https://dhl-customs-clearance.com/pay?awb=4839201754")],
     banner="DHL EXPRESS", color="#d40511")

mail("f52", "fraud", "en", "LinkedIn", "messages-noreply@linkedin-notifications-mail.com",
     "You appeared in 9 searches this week",
     "2025-02-08 10:03 +0100", """
Hi Doctor,

You appeared in 9 searches this week, including recruiters from Hôpital Américain de Paris and Clinique Pasteur.

See who's looking: [[0]]

Sign in to view full details.

LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085
""", links=[("See all searches", "https://linkedin-notifications-mail.com/comm/search-appearances?sign-in=1")])

sms("f53", "fraud", "en", "+44 7700 184 552", "2025-03-22 21:40 +0100",
    "Hi Dr, it's Mark from the Medical Protection team. Your indemnity cover lapses tonight due to a failed payment. Renew now to stay insured: https://mps-renewal-secure.com/uk",
    links=[("https://mps-renewal-secure.com/uk", "https://mps-renewal-secure.com/uk")], phones=["+447700184552"])

mail("f54", "fraud", "en", "Microsoft Security", "security-alert@mso365-secure-scan.com",
     "Action needed: re-register multi-factor authentication",
     "2025-04-03 07:50 +0200", """
Your account security needs to be updated.

Scan the QR code below with your phone camera to re-register your authenticator. Do not reply to this email.

[QR code]

This request expires in 24 hours.

Microsoft Corporation
""", attach="qr")

# =====================================================================  SPAM (honest commercial)
mail("s01", "spam", "fr", "FormaMéd Santé", "newsletter@formamed-sante.fr",
     "Vos formations DPC 2025 : 12 nouveaux programmes pris en charge",
     "2025-01-15 07:30 +0100", """
Bonjour Docteur,

Le catalogue 2025 de FormaMéd Santé est en ligne ! Nos programmes sont enregistrés auprès de l'Agence nationale du DPC (ANDPC) : votre formation est prise en charge dans la limite de votre forfait annuel et vous êtes indemnisé pour le temps passé, selon les règles fixées par l'ANDPC.

Nos nouveautés :
- Prise en charge de l'insuffisance cardiaque en ville (classe virtuelle, 7h)
- Dépistage des cancers cutanés en soins primaires (e-learning + audit clinique)
- Déprescription chez le sujet âgé (présentiel, Lyon et Nantes)

Pour vous inscrire, rendez-vous sur notre site puis validez votre inscription dans votre compte personnel sur [[1]], comme d'habitude.

Découvrir le catalogue : [[0]]

Une question ? Notre équipe pédagogique vous répond au 04 72 38 90 15.

FormaMéd Santé - Organisme de DPC n° 2345, SAS au capital de 20 000 €, 14 quai Perrache, 69002 Lyon
Vous recevez ce message car vous avez participé à l'une de nos formations. [[2]]
""", links=[("www.formamed-sante.fr/catalogue-2025", "https://www.formamed-sante.fr/catalogue-2025?utm_source=newsletter&utm_medium=email"),
            ("www.mondpc.fr", "https://www.mondpc.fr/"),
            ("Se désinscrire", "https://www.formamed-sante.fr/desinscription?e=b7c2")],
     phones=["+33472389015"], banner="FormaMéd Santé", color="#2a7f62")

mail("s02", "spam", "fr", "Campus DPC Online", "equipe@campusdpc-online.com",
     "Dr, il vous reste 3 modules indemnisés à suivre cette année",
     "2025-05-06 12:15 +0200", """
Docteur,

Saviez-vous que la plupart des médecins généralistes n'utilisent qu'une partie de leur forfait DPC annuel ?

Avec Campus DPC Online, suivez nos formations 100 % en ligne, à votre rythme, le soir ou le week-end. Nos actions sont publiées sur le site de l'ANDPC et donnent lieu à l'indemnisation prévue pour les libéraux.

→ Formation « Antibiothérapie en ville : les nouvelles recommandations » (9h)
→ Formation « Repérage précoce des troubles du neurodéveloppement » (6h)
→ Formation « Bon usage des IPP » (4h)

Inscrivez-vous en 2 minutes : [[0]]

Attention : les places sont limitées par session !

L'équipe Campus DPC Online
Organisme enregistré auprès de l'ANDPC. Pour ne plus recevoir nos offres : [[1]]
""", links=[("Je m'inscris", "https://campusdpc-online.com/inscription?src=mail0506"),
            ("désinscription", "https://campusdpc-online.com/unsubscribe")])

mail("s03", "spam", "fr", "Journées Nationales de Médecine Générale", "inscriptions@jnmg-congres.fr",
     "J-30 : dernières places pour les Journées Nationales de Médecine Générale",
     "2025-09-02 09:00 +0200", """
Chères consœurs, chers confrères,

Les Journées Nationales de Médecine Générale se tiendront les 9 et 10 octobre 2025 au Palais des Congrès de Bordeaux.

Au programme : 40 ateliers pratiques, des plénières sur la santé mentale des jeunes, la ménopause, les maladies chroniques et l'IA en consultation, et un village exposants.

Tarif préférentiel jusqu'au 15 septembre : 290 € (internes : 90 €).

Programme et inscription : [[0]]

Au plaisir de vous accueillir à Bordeaux,
Le comité d'organisation
""", links=[("jnmg-congres.fr/programme", "https://www.jnmg-congres.fr/programme")])

mail("s04", "spam", "fr", "Julie de MediAgenda", "julie.martin@mediagenda.fr",
     "Essai gratuit 30 jours : votre logiciel de cabinet nouvelle génération",
     "2025-02-11 10:30 +0100", """
Bonjour Docteur,

Je me permets de vous contacter car de nombreux médecins de votre secteur ont choisi MediAgenda pour leur dossier patient, l'agenda et la facturation SESAM-Vitale, dans un seul outil.

- Compatible Ségur et DMP
- Migration de vos données offerte
- Assistance 6j/7 basée en France

Je vous propose une démonstration de 20 minutes en visio, au moment qui vous convient : [[0]]

Bien cordialement,
Julie Martin
Chargée de clientèle MediAgenda
06 12 45 78 33
""", links=[("Réserver ma démo", "https://www.mediagenda.fr/demo?utm_campaign=prospection_fev")],
     phones=["+33612457833"])

mail("s05", "spam", "fr", "Thomas - SecretaMed", "thomas@secretamed.fr",
     "3e relance : votre secrétariat téléphonique à 89 €/mois",
     "2025-03-19 08:05 +0100", """
Docteur,

Je me permets de revenir vers vous une troisième fois, je n'ai pas eu de retour à mes précédents messages.

Combien d'appels manquez-vous chaque jour pendant vos consultations ? Avec SecretaMed, vos appels sont pris par nos secrétaires médicales basées à Angers, les rendez-vous posés directement dans votre agenda.

Offre de lancement valable jusqu'à vendredi : 89 € HT/mois au lieu de 129 €, sans engagement.

Je vous appelle demain matin ? Sinon, répondez simplement STOP et je ne vous relancerai plus.

Thomas Girard
SecretaMed - 02 41 18 77 60
[[0]]
""", links=[("www.secretamed.fr", "https://www.secretamed.fr/")], phones=["+33241187760"])

mail("s06", "spam", "fr", "Médecine Pratique Hebdo", "lettre@medecine-pratique-hebdo.fr",
     "Cette semaine : HTA résistante, vaccination grippe, tarifs 2025",
     "2024-10-18 06:00 +0200", """
MÉDECINE PRATIQUE HEBDO - n° 812

À la une
HTA résistante : quand penser à l'hyperaldostéronisme primaire ? [[0]]

Prévention
Campagne de vaccination antigrippale 2024-2025 : ce qui change [[1]]

Exercice
Revalorisation de la consultation : le calendrier détaillé [[2]]

Abonnez-vous à l'édition complète à partir de 9,90 €/mois.

Vous recevez cette lettre car vous êtes inscrit(e) sur medecine-pratique-hebdo.fr. Gérer mes préférences : [[3]]
""", links=[("Lire l'article", "https://www.medecine-pratique-hebdo.fr/articles/hta-resistante"),
            ("Lire l'article", "https://www.medecine-pratique-hebdo.fr/articles/grippe-2024"),
            ("Lire l'article", "https://www.medecine-pratique-hebdo.fr/articles/tarifs-2025"),
            ("Gérer mes préférences", "https://www.medecine-pratique-hebdo.fr/preferences")])

mail("s07", "spam", "fr", "Patrimoine Santé Conseil", "contact@patrimoine-sante-conseil.fr",
     "Docteur, réduisez vos impôts en investissant dans l'immobilier de santé",
     "2025-03-03 18:20 +0100", """
Docteur,

En tant que professionnel libéral, vous faites partie des contribuables les plus imposés. Saviez-vous que l'investissement en SCPI santé permet de diversifier votre patrimoine tout en percevant des revenus complémentaires ?

Nos conseillers, spécialisés dans l'accompagnement des professions médicales, vous proposent un bilan patrimonial gratuit et sans engagement.

Prendre rendez-vous : [[0]] ou au 01 44 90 21 38.

Les performances passées ne préjugent pas des performances futures. Investissement comportant un risque de perte en capital.

Patrimoine Santé Conseil - Conseiller en investissements financiers, membre de l'ANACOFI-CIF
""", links=[("Mon bilan gratuit", "https://www.patrimoine-sante-conseil.fr/bilan")], phones=["+33144902138"])

mail("s08", "spam", "fr", "CardioSecours Pro", "offres@cardiosecours-pro.fr",
     "Offre printemps : défibrillateur pour votre cabinet -25 %",
     "2025-04-14 09:45 +0200", """
Équipez votre cabinet médical d'un défibrillateur automatisé externe !

DAE entièrement automatique, maintenance incluse pendant 4 ans, formation de votre équipe offerte.

Prix spécial professionnels de santé : 1 190 € HT au lieu de 1 590 € HT jusqu'au 30 avril.

J'en profite : [[0]]

CardioSecours Pro - 12 rue des Tanneurs, 67000 Strasbourg
Se désabonner : [[1]]
""", links=[("Voir l'offre", "https://www.cardiosecours-pro.fr/offre-printemps"),
            ("Se désabonner", "https://www.cardiosecours-pro.fr/optout")])

mail("s09", "spam", "fr", "Aurélie - Formations Écho Santé", "aurelie@echo-sante-formation.fr",
     "Suite à notre échange téléphonique - DU pratique d'échographie",
     "2025-02-27 14:12 +0100", """
Bonjour Docteur,

Suite à notre conversation téléphonique de ce matin, je vous transmets comme convenu la plaquette de notre formation pratique à l'échographie en médecine générale (4 sessions de 2 jours à Rennes, 2 450 €).

Je précise que cette formation n'est pas prise en charge au titre du DPC, mais peut l'être partiellement par le FIF-PL selon vos droits.

Plaquette et dates : [[0]]

N'hésitez pas si vous avez des questions.

Aurélie Le Goff
Écho Santé Formation
""", links=[("Télécharger la plaquette", "https://www.echo-sante-formation.fr/docs/plaquette-echo-mg-2025.pdf")])

mail("s10", "spam", "fr", "Assur'Praticiens", "conseil@assurpraticiens.fr",
     "Votre RCP médicale : comparez et économisez jusqu'à 30 %",
     "2025-01-07 11:11 +0100", """
Bonjour Docteur,

Début d'année, le bon moment pour faire le point sur votre responsabilité civile professionnelle et votre prévoyance.

Assur'Praticiens, courtier indépendant spécialisé des professions de santé, compare pour vous les offres de 12 assureurs. Devis en 48h, sans engagement.

Demander un devis : [[0]]

Assur'Praticiens - Courtier en assurances, ORIAS 19 004 218
""", links=[("Demander mon devis", "https://www.assurpraticiens.fr/devis-rcp")])

mail("s11", "spam", "fr", "Santé Talents Recrutement", "chloe.b@sante-talents.fr",
     "Poste de médecin généraliste salarié - Centre de santé (Vannes)",
     "2025-04-22 10:02 +0200", """
Bonjour Docteur,

Je recrute pour le compte d'un centre de santé mutualiste à Vannes un médecin généraliste salarié (CDI, 4 jours/semaine, pas de gardes, secrétariat complet). Rémunération selon expérience, à partir de 8 500 € brut mensuel.

Si ce poste peut vous intéresser, ou si vous connaissez un confrère en recherche, je serais ravie d'en discuter.

Chloé Bernard
Consultante - Santé Talents
07 68 42 19 05
""", phones=["+33768421905"], html=False)

mail("s12", "spam", "fr", "Blouses & Co", "promo@blousesandco.fr",
     "-40 % sur les blouses et tuniques médicales ce week-end",
     "2025-05-16 17:00 +0200", """
SOLDES PRO : -40 % sur toute la collection blouses, tuniques et sabots jusqu'à dimanche minuit.

Livraison offerte dès 60 € d'achat. Broderie de votre nom offerte.

J'en profite : [[0]]

Blouses & Co - Vêtements professionnels santé
Vous ne souhaitez plus recevoir nos e-mails ? [[1]]
""", links=[("J'en profite", "https://www.blousesandco.fr/soldes-pro?utm_source=brevo"),
            ("Désinscription", "https://www.blousesandco.fr/newsletter/unsubscribe")])

mail("s13", "spam", "fr", "Docteur Web Studio", "hello@docteur-webstudio.fr",
     "Votre cabinet est-il visible sur Google ?",
     "2025-02-05 13:40 +0100", """
Bonjour Docteur,

En tapant « médecin généraliste » et le nom de votre ville sur Google, votre cabinet n'apparaît pas dans les premiers résultats.

Nous créons des sites internet conformes aux règles déontologiques de l'Ordre (pas de publicité, informations pratiques uniquement) : horaires, accès, modalités de prise de rendez-vous.

À partir de 490 € HT, hébergement inclus la première année.

Voir nos réalisations : [[0]]

Kevin Duval, Docteur Web Studio
""", links=[("Nos réalisations", "https://www.docteur-webstudio.fr/realisations")])

sms("s14", "spam", "fr", "FormaPlus", "2025-03-11 11:30 +0100",
    "FormaPlus: Dr, nouvelle session DPC 'Diabete de type 2 : intensification' le 12/04 a Tours, indemnisee selon les regles ANDPC. Inscription: formaplus-sante.fr puis sur mondpc.fr. STOP au 36173",
    links=[("formaplus-sante.fr", "http://formaplus-sante.fr"), ("mondpc.fr", "http://mondpc.fr")])

call("s15", "spam", "fr", "02 99 84 51 70", "2025-04-03 12:40 +0200",
     "Commerciale d'un organisme de formation (nom donné clairement) qui vend des formations DPC, insistante, rappelle plusieurs fois.",
     phones=["+33299845170"])

mail("s16", "spam", "fr", "TéléCab Santé", "commercial@telecab-sante.fr",
     "Cabine de téléconsultation : installez-la dans votre maison de santé",
     "2024-12-02 09:25 +0100", """
Bonjour,

Votre maison de santé manque de médecins le samedi ? Notre cabine de téléconsultation connectée (tensiomètre, otoscope, dermatoscope, stéthoscope) permet à vos patients de consulter un médecin à distance.

Location à partir de 690 €/mois, installation et maintenance incluses.

Brochure : [[0]]
Contact : 05 56 32 11 84

Cordialement,
L'équipe commerciale TéléCab Santé
""", links=[("Télécharger la brochure", "https://www.telecab-sante.fr/brochure")], phones=["+33556321184"])

mail("s17", "spam", "en", "Journal of Clinical Case Reports and Reviews", "editor.jccrr@clinicalcasereports-journal.org",
     "Invitation to submit your valuable manuscript - Special Issue",
     "2025-01-29 05:14 +0100", """
Dear Dr.,

Greetings from the Journal of Clinical Case Reports and Reviews!

We have gone through your recent publication and were impressed by its quality. We are pleased to invite you to submit your research article, review or case report for our upcoming special issue on "Advances in Primary Care".

The article processing charge is USD 999; a 40% discount is available for submissions received before February 28.

Submit online: [[0]]

We look forward to your valuable contribution.

With regards,
Sarah Williams
Editorial Assistant
""", links=[("Submit manuscript", "https://www.clinicalcasereports-journal.org/submit")])

mail("s18", "spam", "en", "European Obesity Forum 2025", "info@euroobesityforum.com",
     "Call for abstracts closes 15 March - Vienna, 12-14 June 2025",
     "2025-02-20 11:00 +0100", """
Dear Colleague,

The European Obesity Forum 2025 will take place in Vienna from 12 to 14 June 2025. The scientific committee invites you to submit abstracts in clinical management, pharmacotherapy, bariatric surgery and primary care.

Abstract submission deadline: 15 March 2025
Early-bird registration: EUR 450 until 30 April

Submit your abstract: [[0]]

We hope to welcome you in Vienna.

The Organising Committee
You are receiving this email because you attended a previous edition. Unsubscribe: [[1]]
""", links=[("Submit abstract", "https://www.euroobesityforum.com/abstracts"),
            ("Unsubscribe", "https://www.euroobesityforum.com/unsubscribe?u=88f1")])

mail("s19", "spam", "en", "Emma at ScribeAI", "emma@scribeai-health.com",
     "Spend 2 fewer hours a day on clinical notes",
     "2025-03-06 16:45 +0100", """
Hi Doctor,

Physicians using ScribeAI save an average of 2 hours per day on documentation. Our ambient AI listens to your consultation (with patient consent) and drafts a structured note in seconds, in French or English.

GDPR compliant, data hosted in the EU.

Would you be open to a 15-minute demo next week? Pick a slot here: [[0]]

Best,
Emma Lawson
Account Executive, ScribeAI
""", links=[("Book a demo", "https://scribeai-health.com/demo")])

mail("s20", "spam", "en", "MedCME Live", "webinars@medcme-live.com",
     "Free webinar: Managing GLP-1 agonists in primary care (1.5 CME credits)",
     "2025-04-10 15:00 +0200", """
Join our free live webinar on Thursday, 24 April at 7pm CET.

Managing GLP-1 receptor agonists in primary care: indications, titration and side effects.
Speaker: Prof. Laura Bennett, University Hospital Zurich.

Register for free: [[0]]

This educational activity is supported by an independent educational grant.
MedCME Live Ltd, London. Unsubscribe: [[1]]
""", links=[("Register", "https://medcme-live.com/webinar/glp1-primary-care"),
            ("Unsubscribe", "https://medcme-live.com/unsubscribe")])

mail("s21", "spam", "en", "Gulf Medical Summit", "delegates@gulfmedicalsummit.com",
     "Speaker invitation - Gulf Medical Summit, Dubai, November 2025",
     "2025-05-12 08:20 +0200", """
Dear Dr.,

On behalf of the organising committee, we are delighted to invite you to join the Gulf Medical Summit 2025 (Dubai, 18-20 November) as a speaker or delegate.

Speaker registration package: USD 1,290 (includes conference access, gala dinner and certificate of participation). Hotel packages available.

Please confirm your interest by replying to this email or through our website: [[0]]

Warm regards,
Conference Secretariat
""", links=[("Register now", "https://www.gulfmedicalsummit.com/registration")])

mail("s22", "spam", "en", "Locum Ireland Recruitment", "jobs@locum-ireland.ie",
     "GP locum roles in Ireland - EUR 900/day, accommodation provided",
     "2025-01-17 12:10 +0100", """
Dear Doctor,

We are currently recruiting EU-qualified general practitioners for locum positions in the West of Ireland (Galway, Mayo, Sligo). Minimum 2 weeks, EUR 900 per day, travel and accommodation covered. IMC registration support provided.

If you are interested, simply reply with your CV or call us on +353 91 520 447.

Kind regards,
Siobhan Murphy
Locum Ireland Recruitment
""", phones=["+35391520447"], html=False)

# =====================================================================  LEGITIMATE
mail("l01", "legitimate", "fr", "Conseil départemental de l'Ordre des médecins d'Ille-et-Vilaine", "cotisations@cdom35.ordre.medecin.fr",
     "Appel de cotisation ordinale 2025",
     "2025-01-08 09:00 +0100", """
Chère consœur, cher confrère,

Le Conseil national de l'Ordre des médecins a fixé le montant de la cotisation ordinale pour l'année 2025 à 345 euros pour les médecins en activité.

Nous vous rappelons que le paiement de la cotisation est une obligation légale (article L.4122-2 du code de la santé publique), qui doit être acquittée avant le 31 mars 2025.

Vous pouvez régler votre cotisation :
- en ligne, par carte bancaire, depuis votre espace personnel sur le site du Conseil national : [[0]]
- par chèque à l'ordre du « Conseil départemental de l'Ordre des médecins d'Ille-et-Vilaine », adressé au siège du conseil.

Le conseil départemental ne vous demandera jamais vos coordonnées bancaires par courriel ou par téléphone. En cas de doute sur un message se présentant comme émanant de l'Ordre, n'hésitez pas à nous contacter directement.

Nous vous prions d'agréer, chère consœur, cher confrère, l'expression de nos sentiments confraternels.

Le Trésorier
Conseil départemental de l'Ordre des médecins d'Ille-et-Vilaine
""", links=[("www.conseil-national.medecin.fr", "https://www.conseil-national.medecin.fr/")])

mail("l02", "legitimate", "fr", "Ordre des médecins - Conseil national", "communication@ordre.medecin.fr",
     "Certification périodique : ce qui change pour vous en 2025",
     "2025-02-18 10:00 +0100", """
Chère consœur, cher confrère,

La certification périodique s'applique à l'ensemble des médecins. Pour les médecins inscrits au tableau avant le 1er janvier 2023, la première période de certification court jusqu'en 2029.

Votre compte individuel de certification sera accessible via un téléservice développé par l'Agence du Numérique en Santé (ANS), avec une connexion par Pro Santé Connect. Aucune démarche n'est à effectuer auprès d'un organisme privé pour « activer » ce compte.

Nous attirons votre attention sur la multiplication des démarchages abusifs : des personnes se présentant comme une « direction régionale de certification périodique » ou comme l'ANDPC contactent des médecins, parfois en les menaçant de radiation. Ces structures n'existent pas. Seule la chambre disciplinaire de l'Ordre peut prononcer une radiation. Ne communiquez jamais vos identifiants ou mots de passe.

Pour en savoir plus : [[0]]

Le Conseil national de l'Ordre des médecins
""", links=[("La certification périodique sur le site de l'Ordre", "https://www.conseil-national.medecin.fr/medecin/carriere/certification-periodique")])

mail("l03", "legitimate", "fr", "Mon DPC", "ne-pas-repondre@mondpc.fr",
     "Mon DPC - Réinitialisation de votre mot de passe",
     "2025-03-03 21:14 +0100", """
Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre compte Mon DPC.

Pour définir un nouveau mot de passe, cliquez sur le lien ci-dessous. Ce lien est valable 24 heures.

[[0]]

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste inchangé.

L'Agence nationale du DPC
""", links=[("https://www.mondpc.fr/mondpc/reinitialisation?cle=8f3a91c2", "https://www.mondpc.fr/mondpc/reinitialisation?cle=8f3a91c2")])

mail("l04", "legitimate", "fr", "Agence nationale du DPC", "communication@agencedpc.fr",
     "Lettre d'information de l'ANDPC - Forfaits et orientations 2025",
     "2025-01-22 14:00 +0100", """
Madame, Monsieur,

L'Agence nationale du Développement Professionnel Continu vous présente les principales évolutions pour l'année 2025.

Les forfaits de prise en charge des actions de DPC par profession ont été publiés. Vous pouvez consulter le vôtre sur votre compte personnel Mon DPC.

Rappel important : l'ANDPC ne démarche jamais les professionnels de santé par téléphone, et ne mandate aucun organisme pour le faire. Les offres de formation sont proposées par des organismes de DPC indépendants ; vérifiez toujours que l'action figure sur [[1]] avant de vous inscrire.

Retrouvez toutes les informations sur notre site : [[0]]

L'équipe de l'ANDPC
""", links=[("www.agencedpc.fr", "https://www.agencedpc.fr/"), ("mondpc.fr", "https://www.mondpc.fr/")],
     banner="Agence nationale du DPC", color="#4b2c83")

mail("l05", "legitimate", "fr", "Agence du Numérique en Santé", "ne-pas-repondre@esante.gouv.fr",
     "Activez votre e-CPS pour vous connecter avec Pro Santé Connect",
     "2024-11-05 11:00 +0100", """
Bonjour,

Vous pouvez désormais vous identifier sur les services numériques en santé (espace amelipro, DMP, Mon DPC…) avec votre e-CPS, la carte CPS dématérialisée sur smartphone.

Pour activer votre e-CPS, téléchargez l'application « e-CPS » sur les stores officiels, puis suivez les étapes d'activation à l'aide de votre carte CPS physique ou d'un code reçu par courrier.

L'ANS ne vous demandera jamais votre code e-CPS par courriel ou par téléphone.

En savoir plus : [[0]]

L'Agence du Numérique en Santé
""", links=[("esante.gouv.fr/e-cps", "https://esante.gouv.fr/produits-services/e-cps")])

mail("l06", "legitimate", "fr", "Assurance Maladie - ameli pro", "ne-pas-repondre@assurance-maladie.fr",
     "Votre relevé individuel d'activité et de prescriptions est disponible",
     "2025-03-17 08:00 +0100", """
Docteur,

Votre relevé individuel d'activité et de prescriptions (RIAP) du 4e trimestre 2024 est disponible dans votre espace amelipro, rubrique « Activités ».

Pour le consulter, connectez-vous avec votre carte CPS ou votre e-CPS : [[0]]

Pour votre sécurité, l'Assurance Maladie ne vous demande jamais vos coordonnées bancaires ni vos mots de passe par courriel.

Votre caisse d'assurance maladie
""", links=[("espacepro.ameli.fr", "https://espacepro.ameli.fr/")])

mail("l07", "legitimate", "fr", "Urssaf", "ne-pas-repondre@urssaf.fr",
     "Votre échéancier de cotisations 2025 est disponible",
     "2025-01-10 07:45 +0100", """
Bonjour,

Votre échéancier de cotisations et contributions sociales personnelles pour l'année 2025 est disponible dans votre espace en ligne.

Il tient compte du revenu déclaré pour 2023. Les montants seront régularisés après votre déclaration de revenus 2024.

Consultez votre échéancier : [[0]]

Rappel : l'Urssaf ne vous demandera jamais de communiquer vos coordonnées bancaires ou votre mot de passe par courriel ou par SMS.

Votre Urssaf
""", links=[("Mon espace urssaf.fr", "https://www.urssaf.fr/accueil/se-connecter.html")])

mail("l08", "legitimate", "fr", "Direction générale des Finances publiques", "ne-pas-repondre@dgfip.finances.gouv.fr",
     "Votre avis d'impôt sur le revenu 2024 est disponible",
     "2024-08-01 06:30 +0200", """
Bonjour,

Votre avis d'impôt sur les revenus de 2023 est disponible dans votre espace particulier sur impots.gouv.fr.

Pour le consulter, connectez-vous à votre espace : [[0]]

Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.

La Direction générale des Finances publiques
""", links=[("impots.gouv.fr", "https://www.impots.gouv.fr/accueil")])

mail("l09", "legitimate", "fr", "Doctolib", "no-reply@doctolib.fr",
     "Réinitialisation de votre mot de passe Doctolib",
     "2025-02-24 19:02 +0100", """
Bonjour Docteur,

Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Doctolib Pro.

Cliquez sur le bouton ci-dessous pour choisir un nouveau mot de passe. Ce lien expire dans 2 heures.

[[0]]

Si vous n'avez pas fait cette demande, vous pouvez ignorer cet e-mail.

L'équipe Doctolib
""", links=[("Réinitialiser mon mot de passe", "https://pro.doctolib.fr/password/edit?reset_password_token=Zq8vK3")])

mail("l10", "legitimate", "fr", "Haute Autorité de Santé", "newsletter@has-sante.fr",
     "HAS Actualités - Avril 2025",
     "2025-04-04 10:00 +0200", """
HAS Actualités

Recommandation : prise en charge de la douleur chronique chez l'adulte [[0]]

Certification périodique : la HAS publie les référentiels de plusieurs conseils nationaux professionnels [[1]]

Vous êtes abonné(e) à la lettre d'information de la Haute Autorité de Santé. Se désabonner : [[2]]
""", links=[("Lire", "https://www.has-sante.fr/jcms/p_3520187/fr/douleur-chronique"),
            ("Lire", "https://www.has-sante.fr/jcms/p_3520312/fr/certification-periodique-referentiels"),
            ("Se désabonner", "https://www.has-sante.fr/jcms/c_1771214/fr/newsletter")])

mail("l11", "legitimate", "fr", "ARS Bretagne - Veille sanitaire", "ars-bretagne-alerte@ars.sante.fr",
     "URGENT - Cas de rougeole dans le département : conduite à tenir",
     "2025-03-21 16:30 +0100", """
Mesdames et Messieurs les médecins,

Plusieurs cas de rougeole ont été confirmés depuis le 10 mars en Ille-et-Vilaine, dont deux chez des enfants non vaccinés scolarisés dans la même école.

Nous vous rappelons :
- que la rougeole est une maladie à déclaration obligatoire : tout cas suspect doit être signalé sans délai à l'ARS (point focal régional, 09 74 50 00 09) ;
- de vérifier le statut vaccinal de vos patients et de rattraper les vaccinations manquantes (2 doses de ROR).

La conduite à tenir détaillée est disponible sur notre site : [[0]]

Le Département veille et sécurité sanitaire
ARS Bretagne
""", links=[("Rougeole : conduite à tenir", "https://www.bretagne.ars.sante.fr/rougeole-conduite-tenir")],
     phones=["+33974500009"])

mail("l12", "legitimate", "fr", "DGS-Urgent", "dgs-urgent@sante.gouv.fr",
     "DGS-URGENT N°2025-04 : tension d'approvisionnement en amoxicilline buvable",
     "2025-02-14 18:10 +0100", """
DGS-URGENT
DATE : 14/02/2025 REFERENCE : DGS-URGENT N°2025-04
TITRE : TENSION D'APPROVISIONNEMENT EN AMOXICILLINE BUVABLE

Professionnels ciblés : médecins généralistes, pédiatres, pharmaciens d'officine.

Des tensions d'approvisionnement sont signalées sur certaines présentations d'amoxicilline en suspension buvable. Dans l'attente d'un retour à la normale, il est recommandé de privilégier les formes comprimés dès que l'âge et le poids de l'enfant le permettent.

Le document complet est disponible à l'adresse : [[0]]

Pour vous désinscrire de la liste de diffusion DGS-Urgent : [[1]]
""", links=[("https://sante.gouv.fr/professionnels/article/dgs-urgent", "https://sante.gouv.fr/professionnels/article/dgs-urgent"),
            ("désinscription", "https://sante.gouv.fr/professionnels/article/dgs-urgent-inscription")], html=False)

mail("l13", "legitimate", "fr", "Dr Hélène Cadiou", "helene.cadiou29@gmail.com",
     "Mme Le Bihan - retour d'hospitalisation",
     "2025-03-10 20:44 +0100", """
Bonjour Antoine,

Je te transmets pour info le courrier de sortie de Mme Le Bihan (née le 03/05/1941), que je voyais en remplacement pendant ton absence. Elle est sortie samedi du CH après une décompensation cardiaque, le traitement diurétique a été majoré.

Le compte rendu complet est dans sa messagerie MSSanté, je n'ai pas pu te l'envoyer par là car ma carte CPS de remplaçante est en cours de renouvellement. Désolée pour le Gmail.

Il faudrait un ionogramme à J7. Je reste joignable si besoin.

Bonne soirée,
Hélène
""", html=False)

mail("l14", "legitimate", "fr", "Jacqueline Morvan", "jacqueline.morvan56@orange.fr",
     "demande d'ordonnance",
     "2025-04-08 07:12 +0200", """
Bonjour docteur

Je n'arrive pas a avoir le secretariat au telephone. Pourriez vous me refaire l'ordonnance pour mon mari (Henri Morvan) pour le Kardegic et le Bisoprolol, il n'en a plus que pour 3 jours. Je peux passer la chercher au cabinet jeudi.

Merci beaucoup et bonne journée
Jacqueline Morvan
06 71 28 44 90
""", phones=["+33671284490"], html=False)

mail("l15", "legitimate", "fr", "DSI - Centre hospitalier de Vitré", "dsi-communication@ch-vitre.fr",
     "Rappel : changement de mot de passe obligatoire avant le 15 avril",
     "2025-04-01 09:00 +0200", """
Bonjour à toutes et à tous,

Dans le cadre de la politique de sécurité du système d'information, le changement de votre mot de passe Windows/messagerie sera obligatoire avant le 15 avril.

Comment faire ? Depuis un poste de l'établissement, appuyez sur Ctrl+Alt+Suppr puis « Modifier un mot de passe », ou utilisez le portail interne : [[0]] (accessible uniquement depuis le réseau de l'hôpital).

La DSI ne vous demandera JAMAIS votre mot de passe, par mail ou par téléphone. En cas de doute sur un message, contactez le support au poste 4400.

Direction des Systèmes d'Information
""", links=[("https://motdepasse.ch-vitre.fr", "https://motdepasse.ch-vitre.fr/")])

mail("l16", "legitimate", "fr", "BioLab Ouest - Résultats", "resultats@biolab-ouest.fr",
     "Résultats disponibles pour votre patient",
     "2025-02-12 13:20 +0100", """
Bonjour Docteur,

Les résultats d'analyses de votre patient(e) M. D. (prélevé le 11/02/2025) sont disponibles sur votre espace prescripteur.

Accéder à mes résultats : [[0]]

Ce message est automatique. Pour toute question, contactez le laboratoire au 02 99 31 62 40.

BioLab Ouest - Laboratoire de biologie médicale multisite
""", links=[("Espace prescripteur", "https://resultats.biolab-ouest.fr/prescripteur")], phones=["+33299316240"])

mail("l17", "legitimate", "fr", "Conseil départemental de l'Ordre des médecins de Loire-Atlantique", "cdom44@ordre.medecin.fr",
     "Votre transfert d'inscription - radiation du tableau de la Loire-Atlantique",
     "2025-01-29 11:15 +0100", """
Cher confrère,

Nous accusons réception de votre demande de transfert vers le Conseil départemental d'Ille-et-Vilaine, liée à votre changement de lieu d'exercice au 1er février 2025.

Votre radiation du tableau de la Loire-Atlantique sera prononcée à la date de votre inscription au tableau de l'Ille-et-Vilaine. Il s'agit d'une formalité administrative liée au transfert, qui n'a aucun caractère disciplinaire. Votre dossier a été transmis au conseil d'accueil.

Nous restons à votre disposition au 02 40 20 41 56.

Bien confraternellement,
Le secrétariat du Conseil départemental
""", phones=["+33240204156"], html=False)

mail("l18", "legitimate", "fr", "Messagerie MSSanté", "ne-pas-repondre@mssante.fr",
     "Bienvenue sur votre messagerie sécurisée de santé",
     "2024-12-10 15:45 +0100", """
Bonjour Docteur,

Votre boîte aux lettres MSSanté a bien été créée. Vous pouvez dès à présent échanger des données de santé de manière sécurisée avec les autres professionnels de l'espace de confiance MSSanté.

Pour vous connecter au webmail : [[0]]
La connexion se fait avec votre carte CPS ou votre e-CPS (Pro Santé Connect).

Le support MSSanté
""", links=[("mailiz.mssante.fr", "https://mailiz.mssante.fr/")])

mail("l19", "legitimate", "fr", "CARMF", "ne-pas-repondre@carmf.fr",
     "Votre attestation de cotisations 2024 est disponible",
     "2025-02-03 10:10 +0100", """
Docteur,

Votre attestation de cotisations versées en 2024, utile pour votre déclaration de revenus, est disponible dans votre espace personnel eCARMF.

Consulter mon espace : [[0]]

La CARMF ne vous demandera jamais de modifier vos coordonnées bancaires par courriel.

Caisse autonome de retraite des médecins de France
""", links=[("www.carmf.fr", "https://www.carmf.fr/")])

mail("l20", "legitimate", "fr", "Google", "no-reply@accounts.google.com",
     "Alerte de sécurité", "2025-03-15 22:05 +0100", """
Nouvelle connexion sur Windows

dr.lemarchand.cabinet@gmail.com

Nous avons détecté une nouvelle connexion à votre compte Google depuis un appareil Windows. Si c'était vous, aucune action n'est requise. Sinon, nous vous aiderons à sécuriser votre compte.

[[0]]

Vous pouvez également consulter l'activité liée à la sécurité à l'adresse : [[1]]

Cet e-mail vous a été envoyé pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.
""", links=[("Consulter l'activité", "https://accounts.google.com/AccountChooser?Email=dr.lemarchand.cabinet@gmail.com&continue=https://myaccount.google.com/alert/nt/1742072700"),
            ("https://myaccount.google.com/notifications", "https://myaccount.google.com/notifications")])

mail("l21", "legitimate", "fr", "Clinique Saint-Roch via DocuSign", "dse@eumail.docusign.net",
     "Veuillez signer avec DocuSign : Contrat d'exercice libéral - Dr Rivière",
     "2025-03-28 14:40 +0100", """
Service des affaires médicales - Clinique Saint-Roch vous a envoyé un document à vérifier et à signer.

[[0]]

Bonjour Docteur,
Comme convenu lors de notre rendez-vous du 20 mars, veuillez trouver votre contrat d'exercice pour signature électronique. N'hésitez pas à me contacter pour toute question.
Isabelle Fournier, affaires médicales

Ne partagez pas cet e-mail
Cet e-mail contient un lien sécurisé vers DocuSign. Veuillez ne pas partager cet e-mail, ce lien ou ce code d'accès avec d'autres personnes.
""", links=[("VÉRIFIER LE DOCUMENT", "https://eu.docusign.net/Signing/EmailStart.aspx?a=4d1f2b3c-9e8a&etti=24&acct=77a2&er=b51c")],
     banner="DocuSign", color="#1d1b5e")

sms("l22", "legitimate", "fr", "e-CPS", "2025-03-06 18:22 +0100",
    "Votre code d'activation e-CPS est : 482 915. Ce code est valable 15 minutes. Ne le communiquez a personne.")

call("l23", "legitimate", "fr", "02 99 29 31 00", "2025-02-11 10:15 +0100",
     "Appel d'une déléguée de l'Assurance Maladie (DAM) de la CPAM pour proposer une visite au cabinet sur le thème des arrêts de travail ; ne demande aucune donnée, propose un rendez-vous.",
     phones=["+33299293100"])

mail("l24", "legitimate", "fr", "Faculté de médecine - Scolarité DU", "scolarite-du-medecine@univ-rennes.fr",
     "Confirmation d'inscription - DU Médecine du sport 2025-2026",
     "2025-07-03 10:30 +0200", """
Madame, Monsieur,

Nous avons le plaisir de vous confirmer votre inscription au diplôme universitaire « Médecine du sport » pour l'année 2025-2026.

Les identifiants de votre compte numérique (ENT, messagerie étudiante) vous seront adressés par courrier séparé. Le premier séminaire aura lieu le 18 septembre 2025.

Le règlement des droits d'inscription (1 200 €) doit être effectué avant le 31 juillet sur la plateforme de paiement de l'université : [[0]]

Le service de scolarité
""", links=[("Paiement en ligne", "https://candidatures.univ-rennes.fr/paiement")])

mail("l25", "legitimate", "fr", "Conseil départemental de l'Ordre des médecins d'Ille-et-Vilaine", "elections@cdom35.ordre.medecin.fr",
     "Élections ordinales 2025 - vos identifiants de vote électronique",
     "2025-05-20 09:00 +0200", """
Chère consœur, cher confrère,

Les élections pour le renouvellement par moitié du Conseil départemental auront lieu du 10 au 17 juin 2025, par vote électronique.

Vos identifiants personnels de vote vous seront adressés par courrier postal à votre adresse professionnelle. Aucun identifiant ne vous sera demandé ni communiqué par téléphone.

La liste des candidats et les professions de foi sont disponibles sur le site du Conseil national : [[0]]

Nous comptons sur votre participation.

Le Président du Conseil départemental
""", links=[("Élections ordinales", "https://www.conseil-national.medecin.fr/lordre-medecins/elections")])

mail("l26", "legitimate", "fr", "Yann Le Floch", "yann.lefloch.remplacant@gmail.com",
     "Remplacement août - RIB pour rétrocession",
     "2025-08-30 17:50 +0200", """
Bonjour Dr Perrot,

Merci encore pour ce mois d'août au cabinet, tout s'est bien passé, je vous ai laissé les transmissions dans le dossier partagé.

Comme convenu, voici mon RIB pour la rétrocession (70 %), le relevé des actes est en pièce jointe du mail précédent :
IBAN FR76 1558 9351 2001 4572 8834 098

N'hésitez pas à me rappeler si besoin : 06 63 19 07 52.

Bonne rentrée,
Yann
""", phones=["+33663190752"], html=False)

# -------- legitimate, English
mail("l27", "legitimate", "en", "Zoom", "no-reply@zoom.us",
     "Reset your Zoom password", "2025-01-13 08:31 +0100", """
Hello,

We received a request to reset the password for your Zoom account. Click the button below to set a new password. This link expires in 1 hour.

[[0]]

If you did not request a password reset, you can safely ignore this email.

Thank you,
The Zoom Team
""", links=[("Reset Password", "https://zoom.us/reset_password?token=Xk2Lq9wP1m")])

mail("l28", "legitimate", "en", "ESC Congress", "congress@escardio.org",
     "Your ESC Congress 2025 registration confirmation",
     "2025-06-05 12:00 +0200", """
Dear Dr Perrot,

Thank you for registering for ESC Congress 2025 in Madrid (29 August - 1 September).

Registration number: ESC25-0478812
Category: Delegate - ESC Member

Your badge will be available for collection on site. You can view your registration and download your invoice from your MyESC account: [[0]]

We look forward to welcoming you in Madrid.

ESC Congress Registration Team
""", links=[("MyESC", "https://www.escardio.org/myESC")])

mail("l29", "legitimate", "en", "Dr Rachel Hughes", "rachel.hughes7@nhs.net",
     "Exchange visit in May - following our conversation in Lyon",
     "2025-02-09 21:15 +0100", """
Dear Dr Garnier,

It was a pleasure meeting you at the primary care conference in Lyon. As discussed, our practice in Bristol would be delighted to host you for a short observational visit in May.

I've copied our practice manager, who will send you the induction paperwork (occupational health form and a confidentiality agreement). Nothing needs to be paid on your side.

Would the week of 12 May suit you?

Best wishes,
Rachel

Dr Rachel Hughes
GP Partner, Clifton Hill Surgery, Bristol
""", html=False)

mail("l30", "legitimate", "en", "Microsoft account team", "account-security-noreply@accountprotection.microsoft.com",
     "Microsoft account security code", "2025-03-08 09:41 +0100", """
Microsoft account

Security code

Please use the following security code for the Microsoft account do***@outlook.fr.

Security code: 739204

If you don't recognise the Microsoft account do***@outlook.fr, you can click here to remove your email address from that account: [[0]]

Thanks,
The Microsoft account team
""", links=[("click here", "https://account.live.com/dp?ft=-DvEp9rQ")])

mail("l31", "legitimate", "en", "Primary Care Research Unit - University of Bristol", "pcr-survey@bristol.ac.uk",
     "Invitation: European survey on GP workload (10 minutes)",
     "2025-04-23 10:00 +0200", """
Dear Doctor,

We are conducting an anonymous survey of general practitioners in eight European countries on administrative workload and burnout. The study has been approved by the University of Bristol Faculty of Health Sciences Research Ethics Committee (ref. 18842).

The questionnaire takes about 10 minutes and does not collect any identifying information.

Take the survey: [[0]]

Thank you for considering taking part.

Dr Oliver Grant
Primary Care Research Unit, University of Bristol
""", links=[("Start survey", "https://bristol.onlinesurveys.ac.uk/gp-workload-europe-2025")])

mail("l32", "legitimate", "en", "DocuSign", "dse@eumail.docusign.net",
     "Completed: Observership agreement - Clifton Hill Surgery",
     "2025-02-20 15:20 +0100", """
All parties have completed Observership agreement - Clifton Hill Surgery.

[[0]]

Powered by DocuSign

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
""", links=[("VIEW COMPLETED DOCUMENT", "https://eu.docusign.net/Member/EmailStart.aspx?a=9c0e77a1&acct=b3f1&er=71e2")],
     banner="DocuSign", color="#1d1b5e")
