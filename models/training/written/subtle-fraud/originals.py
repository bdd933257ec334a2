"""Hand-written originals (e-mails, SMS, phone calls) for the written_d set.
Body text: paragraphs separated by blank lines; {n} = link n of `links` (shown text, real target)."""
O = {}


def E(id, label, lang, frm, subject, date, body, links=(), phones=(), reply_to=None, fmt="alt", atts=None, **kw):
    assert id not in O, id
    O[id] = dict(id=id, kind="email", label=label, lang=lang, frm=frm, subject=subject, date=date,
                 body=body.strip("\n"), links=list(links), phones=list(phones), reply_to=reply_to, fmt=fmt,
                 atts=atts or [], **kw)


def S(id, label, lang, frm, date, body, links=(), phones=(), kind="sms"):
    assert id not in O, id
    O[id] = dict(id=id, kind=kind, label=label, lang=lang, frm=(frm, ""), subject="SMS", date=date,
                 body=body.strip("\n"), links=list(links), phones=list(phones), reply_to=None, atts=[])


# =====================================================================  FRAUD, French e-mails
E("f01", "fraud", "fr", ("Ordre des Médecins - Service du Tableau", "tableau@ordre-medecins.org"),
  "Vérification annuelle de votre inscription au Tableau", "2025-10-14 08:41", """
Docteur,

Dans le cadre de la mise à jour annuelle du Tableau de l'Ordre, nous vous remercions de bien vouloir vérifier les informations relatives à votre exercice (adresse professionnelle, mode d'exercice, qualifications).

Cette vérification ne prend que quelques minutes : {0}

Nous vous remercions par avance de votre collaboration.

Service du Tableau
Ordre des Médecins
""", links=[("Vérifier mes informations", "https://espace.ordre-medecins.org/tableau/verification?ref=MED2025")])

E("f02", "fraud", "fr", ("Agence nationale du DPC", "notification@agence-dpc.com"),
  "Votre enveloppe DPC 2026 est disponible", "2026-01-08 10:05", """
Bonjour Docteur,

Votre enveloppe individuelle de prise en charge au titre du développement professionnel continu pour l'année 2026 a été calculée.

Pour consulter le montant qui vous est attribué et choisir vos actions, connectez-vous à votre espace : {0}

Sans action de votre part avant le 15 février, les montants non engagés ne pourront pas être reportés.

Cordialement,
L'équipe ANDPC
""", links=[("Accéder à mon espace DPC", "https://www.agence-dpc.com/professionnel/connexion")])

E("f03", "fraud", "fr", ("Cellule d'accompagnement certification périodique", "contact@certif-periodique-sante.fr"),
  "Votre parcours de certification périodique", "2025-11-19 14:22", """
Madame, Monsieur le Docteur,

Sauf erreur de notre part, aucun justificatif n'a encore été enregistré pour votre premier cycle de certification périodique.

Afin de faire le point sur votre situation, un conseiller de la cellule se tient à votre disposition du lundi au vendredi, de 9h à 18h, au 01 99 00 47 12.

Vous pouvez également répondre directement à ce message.

Bien cordialement,
Cellule d'accompagnement
""", phones=["+33199004712"], reply_to="certification.accompagnement@gmail.com")

E("f04", "fraud", "fr", ("Camille Roussel - Santé Formation Conseil", "c.roussel@sante-formation-conseil.fr"),
  "Vos droits DPC 2026 - je m'occupe de tout", "2026-02-03 11:37", """
Bonjour Docteur,

Je me permets de vous écrire car, comme chaque année, vous disposez d'une prise en charge DPC que beaucoup de médecins n'utilisent pas faute de temps.

Notre rôle est simple : je m'occupe de tout, de l'inscription à la validation. Vous n'avez rien à avancer, la formation est intégralement financée par vos droits DPC et vous percevez en plus l'indemnisation prévue.

Pour que je puisse procéder à l'inscription, il me suffit de vos identifiants de connexion à mondpc.fr (adresse mail et mot de passe) ainsi que de votre numéro RPPS. Je vous rappelle volontiers si vous préférez : 06 39 98 21 47.

Bien à vous,
Camille Roussel
Conseillère formation
""", phones=["+33639982147"], links=[("mondpc.fr", "mondpc.fr")])

E("f05", "fraud", "fr", ("Annuaire Médical de France", "facturation@annuaire-medical-france.net"),
  "Facture n° AMF-2026-04418 - renouvellement de votre insertion", "2026-01-12 09:15", """
Bonjour,

Veuillez trouver ci-joint la facture relative au renouvellement annuel de l'insertion de votre cabinet dans l'Annuaire Médical de France, conformément au bon de commande enregistré.

Montant : 447,60 € TTC
Échéance : 30 jours

Le règlement s'effectue par virement sur le compte indiqué sur la facture. Pour toute question, notre service comptabilité est joignable au 04 65 71 30 08.

Cordialement,
Service facturation
""", phones=["+33465713008"], atts=[dict(type="pdf", name="Facture_AMF-2026-04418.pdf", text="ANNUAIRE MEDICAL DE FRANCE\nFacture AMF-2026-04418\nInsertion annuelle professionnelle - Rubrique Medecine generale\nTotal TTC : 447,60 EUR\nIBAN : FR76 1020 7000 4104 2187 6630 521\nBIC : CCBPFRPPMTG\nSans contestation sous 8 jours, la commande est reputee acceptee.")])

E("f06", "fraud", "fr", ("Weda - Service abonnements", "abonnements@weda-facturation.fr"),
  "Échec du prélèvement de votre abonnement", "2026-03-02 07:58", """
Bonjour Docteur,

Le prélèvement mensuel de votre abonnement logiciel n'a pas pu être effectué par votre banque.

Afin d'éviter toute interruption d'accès à vos dossiers patients, nous vous invitons à mettre à jour votre moyen de paiement depuis votre espace client : {0}

Nous restons à votre disposition.

L'équipe Weda
""", links=[("Mettre à jour mon moyen de paiement", "https://client.weda-facturation.fr/paiement/maj")])

E("f07", "fraud", "fr", ("Doctolib", "facturation@doctolib-pro-services.com"),
  "Confirmation de vos coordonnées de facturation", "2025-12-09 16:44", """
Bonjour Dr,

Dans le cadre de l'évolution de nos conditions de facturation au 1er janvier, nous demandons à l'ensemble des praticiens de confirmer leurs coordonnées bancaires.

Cette démarche est nécessaire pour la continuité de votre agenda en ligne.

{0}

Merci de votre confiance,
L'équipe Doctolib
""", links=[("Confirmer mes coordonnées", "https://doctolib-pro-services.com/facturation/confirmer")])

E("f08", "fraud", "fr", ("Messagerie MSSanté", "no-reply@mssante-messagerie.fr"),
  "Votre espace de stockage MSSanté est presque plein", "2026-04-21 06:12", """
Bonjour,

Votre boîte aux lettres sécurisée a atteint 96 % de sa capacité. Au-delà de 100 %, les nouveaux messages de vos correspondants (comptes rendus, résultats de biologie) ne pourront plus vous être délivrés.

Vous pouvez augmenter gratuitement votre espace en vous identifiant : {0}

Cordialement,
Support MSSanté
""", links=[("Augmenter mon espace", "https://mssante-messagerie.fr/quota/extension")])

E("f09", "fraud", "fr", ("Mailiz", "notification@mailiz-secure.com"),
  "Nouveau message sécurisé de votre correspondant", "2026-05-06 13:30", """
Un nouveau message sécurisé vous a été adressé par : Laboratoire de biologie médicale.

Objet : Résultats patient - bilan du 05/05

Pour le consulter, authentifiez-vous sur votre messagerie : {0}

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", links=[("Lire le message", "https://mailiz-ordre.web.app/login")])

E("f10", "fraud", "fr", ("amelipro", "ne-pas-repondre@amelipro-espace.com"),
  "Mise à jour de vos coordonnées bancaires de remboursement", "2026-02-17 10:20", """
Bonjour Docteur,

Suite à une évolution de nos systèmes de paiement, les coordonnées bancaires associées à vos remboursements de tiers payant doivent être confirmées.

Rendez-vous dans votre espace amelipro : {0}

Sans confirmation, les paiements pourront être temporairement suspendus.

Votre caisse d'Assurance Maladie
""", links=[("Se connecter à amelipro", "https://amelipro-espace.com/connexion")])

E("f11", "fraud", "fr", ("CPAM - Service contrôle des professionnels de santé", "controle.ps@cpam-recouvrement.fr"),
  "Notification d'indu - dossier n° 2025/PS/18832", "2025-12-01 09:02", """
Docteur,

Suite à l'analyse de votre activité sur la période de janvier à juin 2025, le service du contrôle médical a relevé des anomalies de facturation (cotations G et APC).

En application de l'article L.133-4 du code de la sécurité sociale, un indu de 1 284,60 € a été notifié à votre encontre.

Vous pouvez régler ce montant en ligne ou présenter vos observations dans un délai d'un mois : {0}

Le service contrôle
""", links=[("Consulter mon dossier et régler", "https://www.cpam-recouvrement.fr/dossier/2025PS18832")])

E("f12", "fraud", "fr", ("Colissimo", "suivi@colissimo-livraison-info.com"),
  "Votre colis n'a pas pu être livré", "2026-03-17 08:05", """
Bonjour,

Notre livreur s'est présenté aujourd'hui à votre adresse mais n'a pas pu déposer votre colis (numéro 6A25481937210), l'adresse étant incomplète.

Pour programmer une nouvelle livraison, des frais de 1,49 € sont à régler : {0}

Merci de votre compréhension.
""", links=[("Programmer ma livraison", "https://colissimo-livraison-info.com/reprogrammer")])

E("f13", "fraud", "fr", ("ANTAI", "avis@antai-contravention.info"),
  "Avis de contravention - véhicule professionnel", "2026-06-10 12:48", """
Madame, Monsieur,

Une infraction a été constatée le 02/06/2026 avec le véhicule immatriculé à votre nom.

Montant de l'amende forfaitaire : 35,00 €. Montant minoré si paiement sous 15 jours.

Consultez votre avis et réglez en ligne : {0}

Agence nationale de traitement automatisé des infractions
""", links=[("Consulter mon avis", "https://antai-contravention.info/avis")])

E("f14", "fraud", "fr", ("impots.gouv.fr", "dgfip@remboursement-impots.fr"),
  "Vous avez droit à un remboursement", "2026-05-20 18:10", """
Bonjour,

Après le calcul de votre impôt sur le revenu, il apparaît que vous pouvez bénéficier d'un remboursement d'un montant de 312,40 €.

Pour recevoir ce montant, merci de vérifier vos coordonnées bancaires : {0}

Direction générale des Finances publiques
""", links=[("Accéder au formulaire de remboursement", "https://remboursement-impots.fr/dossier")])

E("f15", "fraud", "fr", ("Dr Olivier Lefebvre", "dr.lefebvre.cardio@orange.fr"),
  "Petit service", "2026-01-27 11:02", """
Bonjour,

Es-tu disponible ? J'aurais besoin d'un petit service rapide, je suis en réunion et ne peux pas téléphoner.

Réponds-moi dès que tu peux.

Olivier
""", reply_to="olivier.lefebvre.cardio@gmail.com", fmt="text")

E("f16", "fraud", "fr", ("Secrétariat SCM Les Tilleuls", "secretariat.scm.lestilleuls@wanadoo.fr"),
  "Planning des gardes 2026 - document partagé", "2025-12-15 17:26", """
Bonjour à tous,

Voici le planning des gardes du premier semestre 2026 à valider avant vendredi.

{0}

Merci de vérifier vos créneaux.

Nathalie
Secrétariat SCM Les Tilleuls
""", links=[("Planning_gardes_2026.xlsx", "https://onedrive-partage-docs.pages.dev/view?id=8821")])

E("f17", "fraud", "fr", ("", "dr.m.garnier@gmail.com"),
  "Votre appareil a été compromis", "2026-02-11 03:14", """
Bonjour,

Je vous écris depuis votre propre adresse, comme vous pouvez le constater. J'ai eu accès à votre ordinateur il y a plusieurs mois et j'ai enregistré ce que vous avez fait devant votre écran.

Je ne souhaite pas nuire à votre réputation professionnelle. Un transfert de 1 450 € en Bitcoin suffira : bc1q8f3kz0w7d5x2m9a4l6p7c0v3n8y2t5r1e4h6j9

Vous avez 48 heures. Passé ce délai, les vidéos seront transmises à vos contacts et à vos patients.
""", fmt="text")

E("f18", "fraud", "fr", ("Cabinet médical du Lac", "remplacement.cabinetdulac@gmail.com"),
  "Remplacement juillet-août 2026 - Annecy", "2026-03-25 20:31", """
Bonjour Docteur,

Nous avons trouvé vos coordonnées dans l'annuaire et recherchons un remplaçant pour les mois de juillet et août dans un cabinet de groupe à Annecy (rétrocession 80 %, logement fourni).

Afin de constituer votre dossier auprès de notre gestionnaire, pourriez-vous nous faire parvenir par retour de mail : une copie de votre pièce d'identité recto verso, votre carte CPS recto verso, un RIB et votre attestation d'inscription à l'Ordre ?

Nous revenons vers vous très rapidement.

Cordialement,
Le secrétariat
""", fmt="text")

E("f19", "fraud", "fr", ("Hélène Marchand - Talents Santé Recrutement", "h.marchand@talents-sante-rh.com"),
  "Poste de médecin coordonnateur - EHPAD région Bordeaux", "2026-04-08 09:47", """
Bonjour Docteur,

Un groupe d'établissements que nous accompagnons recrute un médecin coordonnateur à temps partiel (0,4 ETP), rémunération attractive.

Si le poste vous intéresse, merci de compléter votre dossier de candidature en ligne. Pour accélérer la vérification, le formulaire vous demandera votre numéro RPPS, une pièce d'identité et vos identifiants Pro Santé Connect.

{0}

Bien cordialement,
Hélène Marchand
""", links=[("Déposer ma candidature", "https://talents-sante-rh.com/candidature/ehpad-33")])

E("f20", "fraud", "fr", ("Bureau Hébergement Congrès", "reservations@hebergement-congres-officiel.com"),
  "Congrès 2026 - hébergement des participants", "2026-05-04 15:03", """
Bonjour,

En tant que bureau d'hébergement partenaire du congrès, nous vous informons que les hôtels proches du palais des congrès seront complets d'ici quelques semaines.

Nous pouvons encore vous proposer des chambres à tarif négocié. Merci de nous indiquer vos dates d'arrivée et de départ ; un acompte de 30 % sera demandé pour garantir la réservation.

Cordialement,
Service réservations
""", fmt="text", reply_to="booking.congres2026@outlook.com")

E("f21", "fraud", "fr", ("Annuaire Santé - Service RPPS", "maj@annuaire-sante-rpps.fr"),
  "Actualisation de vos données RPPS", "2026-01-19 10:11", """
Bonjour Docteur,

Afin de garantir l'exactitude des données publiées dans l'Annuaire Santé, nous vous remercions de bien vouloir actualiser vos informations d'identification (numéro RPPS, date de naissance, adresse d'exercice, carte CPS).

Formulaire d'actualisation : {0}

Nous vous remercions de votre participation.
""", links=[("Actualiser mes données", "https://annuaire-sante-rpps.fr/actualisation")])

E("f22", "fraud", "fr", ("Service e-CPS", "ne-pas-repondre@ecps-renouvellement.fr"),
  "Votre e-CPS arrive à échéance", "2026-06-02 08:30", """
Bonjour,

Votre carte e-CPS arrive à échéance le 30 juin 2026. Pour la renouveler depuis votre téléphone, scannez le QR code joint à ce message avec l'appareil photo de votre smartphone.

La procédure prend moins de deux minutes.

Service e-CPS
""", atts=[dict(type="png", name="QR_renouvellement_eCPS.png")])

E("f23", "fraud", "fr", ("Pro Santé Connect", "securite@prosanteconnect-alerte.com"),
  "Connexion inhabituelle à votre compte", "2026-07-08 22:15", """
Bonjour,

Une connexion à votre compte Pro Santé Connect a été détectée depuis un nouvel appareil (Windows, Lille).

S'il s'agit de vous, vous pouvez ignorer ce message. Sinon, sécurisez votre compte : {0}

L'équipe Pro Santé Connect
""", links=[("Sécuriser mon compte", "https://prosanteconnect-alerte.com/securiser")])

E("f24", "fraud", "fr", ("Assurance Maladie - relevés", "releves@assurance-maladie-ps.fr"),
  "Relevé d'honoraires du 3e trimestre 2025", "2025-10-23 07:44", """
Bonjour,

Veuillez trouver en pièce jointe votre relevé d'honoraires du troisième trimestre 2025.

Pour des raisons de confidentialité, le document s'ouvre après identification.

Cordialement
""", atts=[dict(type="html", name="Releve_honoraires_T3_2025.html",
                text='<html><body><h3>Assurance Maladie - Relev\u00e9 d\'honoraires</h3><form action="https://ameli-releve.r2.dev/submit" method="post">Identifiant amelipro <input name="u"> Mot de passe <input type="password" name="p"><button>Afficher</button></form></body></html>',
                links=["https://ameli-releve.r2.dev/submit"])])

E("f25", "fraud", "fr", ("Direction régionale de certification périodique", "dossier@drcp-sante.fr"),
  "Attestation de certification périodique - signature requise", "2026-03-10 09:20", """
Docteur,

Votre attestation de premier cycle de certification périodique est prête. Vous la trouverez en pièce jointe.

Merci de la compléter et de la signer avant le 31 mars, faute de quoi votre dossier sera transmis pour suite à donner.

Direction régionale de certification périodique
""", atts=[dict(type="pdf", name="Attestation_CP_a_signer.pdf",
                text="DIRECTION REGIONALE DE CERTIFICATION PERIODIQUE\nAttestation individuelle - premier cycle\nNom : ...........  RPPS : ...........\nIdentifiant Mon DPC : ...........  Mot de passe : ...........\nRenvoyer a dossier@drcp-sante.fr ou appeler le 03 53 01 66 20")],
  phones=[])

E("f26", "fraud", "fr", ("Conseil supérieur de la formation continue des médecins", "secretariat@csfcm-france.org"),
  "Défaut de justification de vos obligations de formation", "2025-11-04 10:02", """
Docteur,

Nos services constatent qu'aucune action de formation n'a été déclarée à votre nom sur la période triennale en cours.

Nous vous rappelons que le non-respect de cette obligation peut conduire à une suspension temporaire du droit d'exercer.

Afin de régulariser votre situation, nous vous invitons à prendre contact avec le service des dossiers au 05 36 49 18 72 avant le 20 novembre.

Le secrétariat général
""", phones=["+33536491872"])

E("f27", "fraud", "fr", ("Urssaf", "information@urssaf-praticiens.com"),
  "Trop-perçu de cotisations : remboursement en attente", "2026-04-14 14:14", """
Bonjour,

Après régularisation de vos cotisations 2025, un trop-perçu de 418,00 € a été constaté en votre faveur.

Pour que le remboursement soit effectué, indiquez le compte bancaire sur lequel vous souhaitez le recevoir : {0}

Votre Urssaf
""", links=[("Indiquer mon compte", "https://urssaf-praticiens.com/remboursement")])

E("f28", "fraud", "fr", ("Haute Autorité de Santé", "enquetes@has-sante-evaluation.fr"),
  "Enquête nationale sur les pratiques en médecine de ville", "2026-02-24 11:00", """
Docteur,

La Haute Autorité de santé conduit une enquête auprès des médecins libéraux sur la prise en charge de l'insuffisance cardiaque. Votre participation est prise en compte au titre de la certification périodique.

L'accès au questionnaire se fait avec votre carte e-CPS : {0}

Nous vous remercions de votre contribution.
""", links=[("Répondre au questionnaire", "https://has-sante-evaluation.fr/enquete/ecps")])

E("f29", "fraud", "fr", ("Microsoft 365", "noreply@cabinet-rhumato-valence.fr"),
  "Votre mot de passe expire aujourd'hui", "2026-01-06 07:02", """
Bonjour,

Le mot de passe de votre compte de messagerie expire aujourd'hui. Vous pouvez conserver votre mot de passe actuel en cliquant ci-dessous.

{0}

Merci,
Équipe Microsoft 365
""", links=[("Conserver le mot de passe actuel", "https://www.paysagiste-drome.fr/wp-includes/ms/login.php")])

E("f30", "fraud", "fr", ("DocuSign", "dse@docusign-notifications.net"),
  "Dr Anne Perrin vous a envoyé un document à signer", "2026-06-18 09:51", """
Dr Anne Perrin vous a envoyé un document à réviser et à signer.

Contrat d'exercice en commun - version finale

{0}

Ne partagez pas cet e-mail.
""", links=[("CONSULTER LE DOCUMENT", "https://docusign-esign.netlify.app/envelope/4f2a")])

E("f31", "fraud", "fr", ("Conseil National de l'Ordre des Médecins - cotisations", "cotisations@cnom-cotisation.fr"),
  "Cotisation ordinale 2026 - changement de coordonnées bancaires", "2026-01-15 09:35", """
Docteur,

Nous vous informons que, suite à un changement d'établissement bancaire, le règlement de la cotisation ordinale 2026 doit désormais être effectué sur le compte suivant :

IBAN : FR76 3000 4028 3700 0112 4587 296
Titulaire : CNOM Services

Les règlements adressés à l'ancien compte ne pourront pas être pris en compte.

Le service des cotisations
""", fmt="text")

E("f32", "fraud", "fr", ("Mon DPC", "no-reply@mondpc-compte.fr"),
  "Réinitialisation de votre mot de passe", "2026-03-31 05:47", """
Bonjour,

Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Mon DPC.

Pour choisir un nouveau mot de passe, cliquez ici : {0}

Si vous n'êtes pas à l'origine de cette demande, confirmez-le ici afin de sécuriser votre compte : {1}
""", links=[("Réinitialiser", "https://mondpc-compte.fr/reset?t=a81c"), ("Ce n'était pas moi", "https://mondpc-compte.fr/securite?t=a81c")])

E("f33", "fraud", "fr", ("ANDPC - Service orientation", "orientation.andpc@outlook.fr"),
  "Solde de vos droits de formation", "2025-11-26 16:18", """
Bonjour Docteur,

Il vous reste 1 470 € de droits de formation non utilisés, qui seront perdus au 31 décembre.

Votre conseillère dédiée peut réserver une session pour vous et compléter les démarches à votre place. Merci de la rappeler au 09 74 51 83 26.

Bonne journée,
Service orientation
""", phones=["+33974518326"], fmt="text")

E("f34", "fraud", "fr", ("Doctolib", "avis@doctolib-moderation.com"),
  "Un avis vous concernant a été signalé", "2026-08-27 13:05", """
Bonjour Docteur,

Un patient a publié un commentaire vous concernant qui a été signalé par notre équipe de modération.

Avant publication, vous pouvez le consulter et y répondre : {0}

L'équipe Doctolib
""", links=[("Voir l'avis", "https://doctolib-moderation.com/avis/77120")])

E("f35", "fraud", "fr", ("VIDAL - Service clients", "service.clients@vidal-abonnement.com"),
  "Renouvellement de votre abonnement VIDAL Expert", "2026-09-01 10:40", """
Bonjour Docteur,

Votre abonnement arrive à échéance le 30 septembre. Son renouvellement pour un an s'effectuera automatiquement au tarif de 389 € TTC.

Si vous souhaitez modifier votre moyen de paiement ou résilier, rendez-vous sur votre espace abonné : {0}

Cordialement,
Le service clients
""", links=[("Mon espace abonné", "https://vidal-abonnement.com/mon-compte")])

E("f36", "fraud", "fr", ("Registre national des praticiens", "inscriptions@registre-praticiens.fr"),
  "Confirmation de vos informations professionnelles", "2025-10-02 08:12", """
Bonjour,

Votre cabinet figure dans notre registre. Nous vous remercions de vérifier les informations ci-dessous et de nous retourner ce message complété et signé.

Nom du praticien : 
Spécialité : 
Adresse du cabinet : 
Signature : 

En l'absence de retour sous 8 jours, votre fiche sera maintenue et reconduite pour la période 2026.
""", fmt="text")

E("f37", "fraud", "fr", ("Élections ordinales", "vote@elections-ordre-medecins.fr"),
  "Élections au conseil départemental : votre code de vote", "2026-05-12 09:00", """
Docteur,

Le scrutin électronique pour le renouvellement du conseil départemental est ouvert.

Pour recevoir votre code de vote personnel, confirmez votre identité (numéro RPPS, date de naissance, numéro de carte CPS) sur la plateforme sécurisée : {0}

Le bureau de vote
""", links=[("Accéder au vote", "https://elections-ordre-medecins.fr/identification")])

E("f38", "fraud", "fr", ("Assurance Maladie", "assurance.maladie@etu.univ-exemple-lyon.fr"),
  "Votre RIB professionnel doit être confirmé", "2026-02-05 21:40", """
Bonjour,

Nous n'avons pas pu valider le relevé d'identité bancaire associé à votre numéro de facturation.

Merci de le confirmer via le formulaire ci-dessous : {0}

Service Professionnels de santé
""", links=[("Confirmer mon RIB", "https://forms-ameli.firebaseapp.com/rib")])

E("f39", "fraud", "fr", ("DHL Express", "douane@dhl-frais-import.com"),
  "Droits de douane à régler - envoi 4417820931", "2026-04-29 10:55", """
Bonjour,

Votre envoi en provenance de Shenzhen (matériel médical) est retenu en douane dans l'attente du paiement des droits et taxes : 24,90 €.

Réglez en ligne pour une livraison sous 48 h : {0}
""", links=[("Payer les droits", "https://dhl-frais-import.com/paiement/4417820931")])

E("f40", "fraud", "fr", ("Agence du Numérique en Santé", "commande-cps@ans-cartes.fr"),
  "Commande de votre nouvelle carte CPS", "2026-07-21 11:25", """
Bonjour Docteur,

Votre carte CPS actuelle arrive en fin de validité. Votre nouvelle carte est prête à être expédiée.

Seuls des frais d'envoi sécurisé de 3,90 € restent à votre charge : {0}

L'équipe de l'Agence du Numérique en Santé
""", links=[("Valider l'envoi", "https://ans-cartes.fr/commande/expedition")])

E("f41", "fraud", "fr", ("Dr Sophie Bernard", "sophie.bernard.gyneco@gmail.com"),
  "Document pour toi", "2026-09-15 19:08", """
Coucou,

Je t'envoie le document dont on a parlé au staff. Il est en PDF protégé, il faut juste te connecter avec ton adresse mail pour l'ouvrir.

{0}

Bises,
Sophie
""", links=[("Ouvrir le document (PDF)", "https://docs-share.github.io/view/sb2026")])

E("f42", "fraud", "fr", ("Service recouvrement amendes", "recouvrement@amendes-gouv.com"),
  "Relance : majoration de votre amende", "2026-10-06 08:19", """
Madame, Monsieur,

Sauf erreur, l'avis de contravention n° 2026-8813-42 reste impayé. Sans règlement sous 5 jours, le montant sera majoré à 135 €.

Pour éviter la majoration, appelez notre service au 08 92 70 41 15 (service 0,80 €/min) ou réglez en ligne : {0}
""", links=[("Régler maintenant", "https://amendes-gouv.com/reglement")], phones=["+33892704115"])

E("f43", "fraud", "fr", ("Messagerie sécurisée de santé", "admin@msante-secure.fr"),
  "Vérification de votre compte de messagerie sécurisée", "2026-09-09 07:50", """
Bonjour,

Dans le cadre du renforcement de la sécurité des messageries de santé, chaque utilisateur doit confirmer son compte avant le 30 septembre.

Il vous suffit de vous reconnecter une fois : {0}
""", links=[("Confirmer mon compte", "https://msante-secure.fr/auth")])

E("f44", "fraud", "fr", ("Service des droits DPC", "info@droits-dpc-medecins.fr"),
  "Formation financée : place réservée à votre nom", "2026-10-01 12:03", """
Bonjour Docteur,

Une place vous a été réservée sur la formation « Prise en charge du patient diabétique de type 2 » (7 heures, en ligne), financée sur vos droits DPC.

Pour confirmer votre inscription, il vous suffit de renseigner votre numéro RPPS et votre mot de passe mondpc sur le formulaire : {0}

L'équipe pédagogique
""", links=[("Confirmer ma place", "https://droits-dpc-medecins.fr/inscription")])

# =====================================================================  FRAUD, English e-mails
E("e01", "fraud", "en", ("", "support@mail-privacy-notice.com"),
  "Your account has been hacked - payment required", "2026-03-03 02:41", """
Hello,

I am a programmer and I got access to your device several months ago through a vulnerability in your router. Since then I have been watching your activity and I recorded videos of you with your webcam.

If you want me to delete this material, send 1300 USD in Bitcoin to the following wallet: 1Fz8Kq3xN2vR7wLm5pT9yH4cJ6dB0sA1eG

You have 50 hours from the moment you read this email. I will know when you open it. Do not reply, this address is not monitored.
""", fmt="text")

E("e02", "fraud", "en", ("Michael Turner via SharePoint", "m.turner@northfield-biomedical.com"),
  "Michael Turner shared \"Q1 Study Budget - signed.pdf\" with you", "2026-02-19 15:12", """
Michael Turner shared a file with you.

Q1 Study Budget - signed.pdf

Here is the budget document we discussed for the investigator site. Please review before Friday.

{0}

This link will work for anyone in your organization.
""", links=[("Open", "https://northfield-sharepoint.com/:b:/s/studies/EaX91")])

E("e03", "fraud", "en", ("Congress Housing Bureau", "housing@congress-housing-services.com"),
  "ESC Congress 2026 - hotel reservations for delegates", "2026-03-12 10:30", """
Dear Doctor,

We are contacting you as the housing provider for delegates attending ESC Congress 2026. Hotel availability near the venue is now very limited.

We can still offer rooms at preferential group rates (4* hotel, 8 minutes from the congress centre). Please reply with your arrival and departure dates and the number of rooms required, and we will send you a proforma invoice.

Kind regards,
Laura Mitchell
Reservations Department
""", fmt="text")

E("e04", "fraud", "en", ("Dr. Samuel Adeyemi", "samuel.adeyemi.foundation@gmail.com"),
  "Medical donation partnership", "2026-04-23 06:18", """
Dear Doctor,

I am writing on behalf of a charitable foundation managing a legacy of 4.2 million euros intended for medical projects in rural areas. Your practice was recommended to us as a reliable partner in France.

To release the first tranche of funds to your account, we only need to cover the transfer certification fee of 1,850 EUR and receive a copy of your passport.

Please treat this matter with confidentiality.

Sincerely,
Dr. Samuel Adeyemi
""", fmt="text")

E("e05", "fraud", "en", ("DocuSign Electronic Signature", "no-reply@docusign-mail.eu"),
  "Please DocuSign: Locum_Agreement_2026.pdf", "2026-05-14 09:02", """
You have received a document to review and sign.

Locum_Agreement_2026.pdf

{0}

Powered by DocuSign
""", links=[("REVIEW DOCUMENT", "https://docusign-mail.eu/sign/env/71b8")])

E("e06", "fraud", "en", ("Accounts Payable", "invoices@medsupply-intl.com"),
  "Remittance advice - INV 20931", "2026-06-03 13:40", """
Hello,

Please find attached the remittance advice for invoice 20931. Kindly confirm receipt.

Best regards,
Accounts Payable
""", atts=[dict(type="html", name="Remittance_INV20931.html",
                text='<html><body><p>Adobe Document Cloud - sign in to view this document</p><form action="https://adobe-doc-view.pages.dev/auth" method="post"><input name="email"><input type="password" name="pw"><button>View</button></form></body></html>',
                links=["https://adobe-doc-view.pages.dev/auth"])])

E("e07", "fraud", "en", ("NHS Locum Partners", "recruitment@nhs-locum-partners.co.uk"),
  "Locum GP opportunities in the UK - fast onboarding", "2026-01-30 12:25", """
Dear Doctor,

Following your profile on a professional network, we would like to offer you locum GP shifts in Kent (GBP 110 per hour, accommodation provided).

To start the GMC and payroll onboarding, please send us a scan of your passport, your medical degree, your French medical card and your bank details (IBAN). Our team handles everything else.

Kind regards,
James Whitmore
Senior Consultant
""", fmt="text")

E("e08", "fraud", "en", ("Zoom", "meetings@zoom-us-notify.com"),
  "You missed a meeting: Case discussion - cardiology", "2026-07-14 17:55", """
Hi,

You missed a scheduled meeting. A recording is available for 72 hours.

Case discussion - cardiology

{0}
""", links=[("Watch recording", "https://zoom-us-notify.com/rec/share/5kq")])

E("e09", "fraud", "en", ("PayPal", "service@billing-receipt-center.com"),
  "Receipt for your payment to Apple Services", "2026-08-02 04:12", """
Hello,

You sent a payment of 499.99 EUR to Apple Services.

Transaction ID: 8KL29440WX1931812

If you did not authorize this transaction, call our Resolution Center immediately at +33 1 99 00 83 51 to cancel it and receive a full refund.
""", phones=["+33199008351"], fmt="text")

E("e10", "fraud", "en", ("Google Workspace", "no-reply@workspace-storage-alerts.com"),
  "Your storage is full", "2026-09-22 08:08", """
Your account storage is full. You can no longer send or receive emails.

To keep using Gmail and Drive, verify your account to receive 50 GB of free additional storage.

{0}
""", links=[("Verify account", "https://workspace-storage-alerts.com/verify")])

E("e11", "fraud", "en", ("World Medical Registry", "listing@world-medical-registry.org"),
  "Annual listing of your practice - 2026", "2026-02-09 11:11", """
Dear Doctor,

Your practice is listed in the World Medical Registry, the international directory of licensed physicians.

To keep your listing active for 2026, the annual registration fee of 895 EUR must be paid within 10 days. Unpaid listings will be marked as unverified.

Payment details and your certificate of registration are available here: {0}
""", links=[("My registration", "https://world-medical-registry.org/renewal")])

E("e12", "fraud", "en", ("Scientific Committee", "committee@intl-medcongress.org"),
  "Invitation as keynote speaker - registration to confirm", "2026-05-29 07:33", """
Dear Dr.,

Based on your recent work, the scientific committee is pleased to invite you as a keynote speaker at the International Congress on Primary Care, Dubai, November 2026.

Accommodation and travel are arranged through our official travel agency. To secure your speaker slot, please confirm your registration by paying the speaker fee of 749 USD via bank transfer, and send us a copy of your passport for the visa invitation letter.

Best regards,
Conference Secretariat
""", fmt="text", reply_to="intlmedcongress2026@gmail.com")

E("e13", "fraud", "en", ("Apple", "no_reply@apple-id-billing.com"),
  "Your subscription has been renewed", "2026-10-11 06:00", """
Your subscription to iCloud+ 2 TB has been renewed for 99.99 EUR.

If you did not request this renewal, you can cancel it within 24 hours: {0}
""", links=[("Cancel subscription", "https://apple-id-billing.com/cancel")])

E("e14", "fraud", "en", ("Medscape Education", "cme@medscape-certificates.com"),
  "Your CME certificate is ready", "2026-04-02 10:00", """
Dear Doctor,

Your CME certificate for the activity "Heart failure: new guidelines" is ready to download.

Sign in with your Medscape credentials to retrieve it: {0}

Medscape Education
""", links=[("Download certificate", "https://medscape-certificates.com/login")])

# =====================================================================  FRAUD, SMS and calls (described by doctors)
S("s01", "fraud", "fr", "MonDPC", "2026-11-03 10:12", """
MonDPC: Votre solde de formation 2026 (1 470 EUR) expire le 31/12. Activez-le avant cette date : {0}
""", links=[("https://mondpc-solde.fr/activer", "https://mondpc-solde.fr/activer")])

S("s02", "fraud", "fr", "+33 7 56 18 42 90", "2026-06-20 14:40", """
La Poste: votre colis est en attente, des frais de reexpedition de 1,99EUR sont a regler sous 48h : {0}
""", links=[("https://laposte-suivi-colis.info/f", "https://laposte-suivi-colis.info/f")], phones=["+33756184290"])

S("s03", "fraud", "fr", "Ordre-Med", "2026-01-22 09:05", """
ORDRE DES MEDECINS: votre cotisation 2026 n'a pas ete reglee. Regularisez votre situation pour eviter une suspension : {0}
""", links=[("https://cotisation-ordre.fr/p", "https://cotisation-ordre.fr/p")])

S("s04", "fraud", "fr", "+33 6 39 98 77 05", "2026-09-30 11:48", """
Bonjour Docteur, il vous reste des droits de formation DPC qui expirent bientôt. Une conseillère peut s'occuper de votre inscription, rappelez-nous au 01 99 00 27 64. Stop SMS 36111
""", phones=["+33199002764", "+33639987705"])

S("s05", "fraud", "fr", "ANTAI", "2026-07-29 19:30", """
ANTAI : Vous avez une amende non reglee de 35EUR. Evitez la majoration de 135EUR en reglant avant le 02/08 : {0}
""", links=[("https://antai-gouv-amende.com", "https://antai-gouv-amende.com")])

S("s06", "fraud", "fr", "CM-Info", "2026-03-06 08:17", """
Credit Mutuel: Votre cle digitale expire aujourd'hui. Pour continuer a valider vos operations, reactivez-la : {0}
""", links=[("https://cm-cle-digitale.com/r", "https://cm-cle-digitale.com/r")])

S("c01", "fraud", "fr", "appel", "2026-02-16 12:30", """
Appel d'une personne se présentant comme « direction régionale de certification périodique » : le médecin n'a pas validé sa certification, risque de radiation, il faut créer le compte avec elle tout de suite et donner les identifiants. Numéro affiché 01 99 00 61 38.
""", phones=["+33199006138"], kind="call")

S("c02", "fraud", "fr", "appel", "2026-04-09 13:15", """
Appel d'une « conseillère ANDPC » : propose une formation prise en charge, demande le mot de passe Mon DPC pour inscrire le médecin. Rappel au 09 72 41 55 03.
""", phones=["+33972415503"], kind="call")

S("c03", "fraud", "fr", "appel", "2026-05-19 18:40", """
Appel du « service fraude » de la banque : opérations suspectes, demande de valider une annulation dans l'application et de donner le code reçu par SMS.
""", kind="call")

S("c04", "fraud", "fr", "appel", "2025-12-11 10:05", """
Appel « CPAM, service contentieux » : indu de 2 300 euros à régler immédiatement par carte bancaire par téléphone, sinon déconventionnement. Numéro 04 65 71 92 48.
""", phones=["+33465719248"], kind="call")

S("c05", "fraud", "fr", "appel", "2026-08-18 09:20", """
Appel du « support technique Doctolib » : mise à jour obligatoire de l'agenda, demande d'installer AnyDesk sur le poste du cabinet.
""", kind="call")

S("c06", "fraud", "fr", "messagerie vocale", "2026-10-14 12:00", """
Message vocal : « ARS, cellule de conformité des cabinets », dossier incomplet, rappeler au 08 99 23 41 70 avec son numéro RPPS.
""", phones=["+33899234170"], kind="call")

# =====================================================================  SPAM (honest, unsolicited)
E("p01", "spam", "fr", ("Formations Médic'Avenir", "inscriptions@medicavenir-formation.fr"),
  "Programme DPC 2026 : ECG en pratique de ville (action n° 99XX2526001)", "2026-01-13 12:00", """
Bonjour Docteur,

Médic'Avenir, organisme de DPC enregistré auprès de l'ANDPC, propose en 2026 une formation mixte « ECG en pratique de ville » (6 h en ligne + 1 journée présentielle à Lyon).

Cette action est éligible à une prise en charge par l'ANDPC dans la limite de votre forfait annuel. L'inscription se fait par vous-même sur votre espace {0}, en recherchant la référence de l'action ; nous ne vous demanderons jamais vos identifiants.

Programme détaillé et dates : {1}

Vous ne souhaitez plus recevoir nos offres ? {2}

Médic'Avenir - 14 rue Servient, 69003 Lyon - 04 78 60 12 34
""", links=[("mondpc.fr", "https://www.mondpc.fr"), ("voir le programme", "https://www.medicavenir-formation.fr/ecg-2026"),
            ("Se désinscrire", "https://www.medicavenir-formation.fr/desinscription")], phones=["+33478601234"])

E("p02", "spam", "fr", ("Annuaire Praticiens Plus", "contact@praticiens-plus.fr"),
  "Gagnez en visibilité : fiche premium à 19 €/mois", "2025-10-28 10:30", """
Bonjour Docteur,

Praticiens Plus est un annuaire privé de professionnels de santé, indépendant de l'Ordre des médecins et de l'Assurance Maladie. Votre fiche de base y est gratuite et le restera.

Nous proposons une option premium (photo, horaires, prise de rendez-vous, mise en avant locale) à 19 € HT par mois, sans engagement, résiliable en un clic.

Découvrir l'offre : {0}

Si cette offre ne vous intéresse pas, il vous suffit d'ignorer ce message ou de vous désinscrire : {1}

L'équipe Praticiens Plus
""", links=[("praticiens-plus.fr/premium", "https://www.praticiens-plus.fr/premium"), ("désinscription", "https://www.praticiens-plus.fr/optout")])

E("p03", "spam", "fr", ("Julien - Kalipso Médical", "julien.vasseur@kalipso-medical.fr"),
  "Votre logiciel médical vous fait-il perdre du temps ?", "2026-02-10 08:45", """
Bonjour Docteur,

Je suis Julien, de Kalipso Médical, éditeur de logiciel de gestion de cabinet certifié Ségur.

Beaucoup de médecins généralistes nous disent passer trop de temps sur la saisie et la télétransmission. Seriez-vous disponible 20 minutes la semaine prochaine pour une démonstration en visio ?

Vous pouvez réserver un créneau ici : {0}

Bonne journée,
Julien Vasseur
Kalipso Médical - 06 12 44 87 30
""", links=[("calendly.com/kalipso-demo", "https://calendly.com/kalipso-demo/20min")], phones=["+33612448730"])

E("p04", "spam", "fr", ("Journées Rhônalpines de Médecine Générale", "info@jrmg-congres.fr"),
  "Inscriptions ouvertes - JRMG 2026, Grenoble, 9 et 10 octobre", "2026-04-15 09:00", """
Chères consœurs, chers confrères,

Les inscriptions aux Journées Rhônalpines de Médecine Générale 2026 sont ouvertes ! Au programme : santé de la femme, pédiatrie de ville, déprescription chez le sujet âgé.

Tarif préférentiel jusqu'au 30 juin. Hébergement : une liste d'hôtels partenaires est disponible sur notre site, réservation directe auprès des hôtels.

{0}

Le comité d'organisation
""", links=[("Programme et inscriptions", "https://www.jrmg-congres.fr/2026")])

E("p05", "spam", "fr", ("EchoForm Santé", "contact@echoform-sante.fr"),
  "Dernier rappel : plus que 3 places en échographie abdominale", "2026-05-26 17:30", """
Bonjour Docteur,

Urgent : il ne reste que 3 places pour notre session d'échographie abdominale des 12 et 13 juin à Nantes !

Formation pratique sur machines, petits groupes, formateurs radiologues. Tarif : 1 190 € (formation non DPC, finançable par le FAF-PM selon vos droits).

Réservez votre place : {0}

À très vite,
L'équipe EchoForm
""", links=[("Je m'inscris", "https://echoform-sante.fr/sessions/nantes-juin")])

E("p06", "spam", "fr", ("Cabinet Transmission Santé", "annonces@transmission-sante.fr"),
  "Cabinets médicaux à céder dans votre secteur", "2026-06-09 07:15", """
Bonjour Docteur,

Vous envisagez une association, une installation ou un départ en retraite ? Voici cette semaine 4 cabinets à céder ou à partager dans votre département.

Consultez les annonces : {0}

Transmission Santé, conseil en cession de patientèle depuis 2009.
""", links=[("Voir les annonces", "https://www.transmission-sante.fr/annonces?dep=69")])

E("p07", "spam", "fr", ("Mutuelle des Praticiens Réunis", "offres@mpr-assurances.fr"),
  "Votre RCP 2026 : comparez avant l'échéance", "2025-11-17 11:00", """
Bonjour Docteur,

L'échéance de votre responsabilité civile professionnelle approche peut-être. La Mutuelle des Praticiens Réunis propose un devis gratuit en 3 minutes, avec une garantie adaptée à votre spécialité.

Demander un devis : {0}

Offre soumise à conditions. Vous recevez ce message car vous êtes inscrit à notre lettre d'information.
""", links=[("Mon devis", "https://www.mpr-assurances.fr/devis-rcp")])

E("p08", "spam", "fr", ("MédiStock", "promo@medistock.fr"),
  "-20 % sur les tensiomètres et oxymètres jusqu'à dimanche", "2026-03-19 06:30", """
Bonjour,

Cette semaine chez MédiStock : -20 % sur toute la gamme diagnostic (tensiomètres, oxymètres, otoscopes). Livraison offerte dès 150 €.

{0}

MédiStock - fournitures médicales pour les cabinets
""", links=[("J'en profite", "https://www.medistock.fr/promo-diagnostic")])

E("p09", "spam", "fr", ("La Lettre du Généraliste", "newsletter@lalettredugeneraliste.fr"),
  "Cette semaine : certification périodique, ce qui change en 2026", "2026-01-20 07:00", """
Au sommaire cette semaine :

- Certification périodique : ce qui change en 2026 et comment suivre votre compte individuel
- Radiation, suspension : ce que peut (et ne peut pas) faire un organisme de formation
- Vaccination : le point sur la campagne hivernale

Lire la lettre : {0}

Vous recevez cette lettre car vous vous êtes inscrit sur notre site. Se désabonner : {1}
""", links=[("lalettredugeneraliste.fr", "https://www.lalettredugeneraliste.fr/lettre/2026-03"), ("ici", "https://www.lalettredugeneraliste.fr/desabonnement")])

E("p10", "spam", "fr", ("Medi-Remplacements", "missions@medi-remplacements.fr"),
  "Missions de remplacement disponibles en Savoie", "2026-04-02 18:00", """
Bonjour Docteur,

Nous avons actuellement 12 missions de remplacement en médecine générale en Savoie et Haute-Savoie pour l'été.

Consultez les missions et postulez directement auprès des cabinets : {0}

L'inscription sur notre plateforme est gratuite pour les remplaçants.
""", links=[("Voir les missions", "https://www.medi-remplacements.fr/missions/73")])

E("p11", "spam", "fr", ("Laboratoires Valmont - Information médicale", "webinaires@valmont-pharma.fr"),
  "Webinaire : prise en charge de la BPCO en ville, jeudi 20h", "2026-02-26 14:00", """
Docteur,

Nous avons le plaisir de vous convier à un webinaire animé par le Pr Gauthier, pneumologue, sur la prise en charge de la BPCO en médecine de ville.

Jeudi 5 mars, de 20h à 21h. Inscription : {0}

Ce webinaire n'est pas une action de DPC.
""", links=[("S'inscrire", "https://www.valmont-pharma.fr/webinaires/bpco")])

E("p12", "spam", "fr", ("TéléConsult Partenaires", "partenariats@teleconsult-partenaires.fr"),
  "Proposition : consultations de télémédecine le soir", "2026-07-01 10:10", """
Bonjour Docteur,

TéléConsult Partenaires recherche des médecins généralistes pour assurer quelques créneaux de téléconsultation en soirée, depuis chez eux.

Rémunération à l'acte, planning libre. Si vous souhaitez en savoir plus, répondez simplement à ce message ou consultez : {0}
""", links=[("notre page médecins", "https://www.teleconsult-partenaires.fr/medecins")])

E("p13", "spam", "fr", ("Institut Formation Continue Santé", "contact@ifcs-formation.fr"),
  "Certification périodique : nos parcours validants", "2026-09-03 08:00", """
Bonjour Docteur,

La certification périodique vous demande de réaliser des actions dans quatre blocs. L'IFCS, organisme de DPC enregistré sous le n° 4412, propose des parcours couvrant les blocs 1 et 2.

Pour rappel, seul l'Ordre des médecins valide votre parcours, à partir de votre compte individuel. Nous vous délivrons une attestation à y déposer.

Catalogue 2026-2027 : {0}

IFCS - 8 place Graslin, 44000 Nantes
""", links=[("ifcs-formation.fr/catalogue", "https://www.ifcs-formation.fr/catalogue")])

E("p14", "spam", "fr", ("SecréDom", "bonjour@secredom.fr"),
  "Votre secrétariat téléphonique dès 49 €/mois", "2026-10-05 09:30", """
Bonjour Docteur,

Et si vous ne décrochiez plus entre deux patients ? SecréDom prend vos appels, gère vos rendez-vous et filtre les urgences, du lundi au samedi.

Premier mois offert. Plus d'infos : {0} ou au 01 84 60 22 19.
""", links=[("secredom.fr", "https://www.secredom.fr")], phones=["+33184602219"])

E("p15", "spam", "fr", ("Formadoc", "formations@formadoc-dpc.fr"),
  "Vos droits DPC 2026 : 3 formations qui pourraient vous intéresser", "2026-03-04 12:30", """
Bonjour Docteur,

Saviez-vous que votre forfait DPC 2026 permet la prise en charge de vos formations par l'ANDPC ? Voici trois programmes Formadoc qui commencent ce printemps : dermatoscopie, troubles du sommeil, antibiorésistance.

Pour vous inscrire, connectez-vous vous-même à votre compte sur {0} et recherchez « Formadoc ». Notre équipe peut répondre à vos questions au 02 61 91 45 80, mais ne vous demandera jamais vos codes d'accès.

{1}
""", links=[("mondpc.fr", "https://www.mondpc.fr"), ("Nos formations", "https://www.formadoc-dpc.fr/2026")], phones=["+33261914580"])

E("q01", "spam", "en", ("Journal of Clinical Medicine Reports", "editor@jcmreports.org"),
  "Call for papers - Volume 12, Issue 3", "2026-02-02 04:20", """
Dear Dr.,

Greetings from the Journal of Clinical Medicine Reports!

We are glad to invite you to submit your research article, review or case report for our upcoming issue. Article processing charge applies after acceptance (a 40 % discount for the first submission).

Submit online: {0}

Kindly ignore if already submitted.

Best regards,
Emma Collins, Editorial Office
""", links=[("jcmreports.org/submit", "https://www.jcmreports.org/submit")])

E("q02", "spam", "en", ("Global Cardiology Summit", "program@globalcardiosummit.com"),
  "Join 2,000 cardiologists in Barcelona - Global Cardiology Summit 2026", "2026-03-27 13:00", """
Dear Colleague,

Registration is open for the Global Cardiology Summit 2026, Barcelona, 15-17 October. Early-bird registration ends 31 May.

Hotel rooms can be booked through the official housing page on our website.

{0}

Unsubscribe: {1}
""", links=[("Register now", "https://www.globalcardiosummit.com/register"), ("here", "https://www.globalcardiosummit.com/unsubscribe")])

E("q03", "spam", "en", ("Vitalscan Devices", "news@vitalscan.io"),
  "New: handheld ultrasound for primary care", "2026-05-06 15:00", """
Hi Doctor,

Meet Vitalscan Mini, the pocket ultrasound designed for general practice. CE marked, connects to your phone, 30-day free trial for clinics in France.

Book a demo: {0}

Vitalscan Devices, Amsterdam
""", links=[("Book a demo", "https://vitalscan.io/demo")])

E("q04", "spam", "en", ("Ranking Clinics", "growth@rankingclinics.co"),
  "Get your practice to the top of Google Maps", "2026-08-11 09:45", """
Hello,

I noticed your practice does not appear in the top 3 results on Google Maps for "médecin généraliste" in your city.

We help medical practices improve their local ranking. Would you like a free audit? Just reply "yes".

Cheers,
Daniel
""", fmt="text")

E("q05", "spam", "en", ("Lakeside Congress Hotel", "groups@lakesidecongresshotel.com"),
  "Special rate for congress delegates - book directly", "2026-06-17 11:20", """
Dear Guest,

Attending a congress in Geneva this autumn? Lakeside Congress Hotel, 5 minutes from the convention centre, offers delegates 15 % off our best flexible rate when booking directly on our website.

Free cancellation up to 48 hours before arrival. No prepayment required.

{0}

Lakeside Congress Hotel - Reservations
""", links=[("Book your stay", "https://www.lakesidecongresshotel.com/offers/delegates")])

E("q06", "spam", "en", ("MedWebinars Live", "invites@medwebinars.live"),
  "Free CME webinar: AI in diagnostic imaging", "2026-09-16 16:00", """
Hello Doctor,

Join our free live webinar "AI in diagnostic imaging: what clinicians need to know", Thursday 6 PM CET.

Reserve your seat: {0}
""", links=[("Reserve my seat", "https://medwebinars.live/ai-imaging")])

# =====================================================================  LEGITIMATE
E("l01", "legitimate", "fr", ("Mailiz", "ne-pas-repondre@mailiz.mssante.fr"),
  "Mailiz - nouveau message dans votre messagerie sécurisée", "2026-04-22 08:02", """
Bonjour,

Vous avez reçu un nouveau message dans votre messagerie sécurisée de santé Mailiz.

Pour des raisons de confidentialité, son contenu n'est pas reproduit dans cette notification. Connectez-vous à votre messagerie pour le consulter : {0}

Vous recevez cette notification car vous l'avez activée dans vos paramètres Mailiz. Pour la désactiver, rendez-vous dans Paramètres > Notifications.
""", links=[("mailiz.mssante.fr", "https://mailiz.mssante.fr")])

E("l02", "legitimate", "fr", ("CPAM du Rhône", "ne-pas-repondre@assurance-maladie.fr"),
  "Notification de payer - indu n° 692025PS00431", "2025-12-04 10:30", """
Docteur,

Vous trouverez dans votre espace amelipro, rubrique « Mes courriers », la notification de payer relative à un indu de 186,90 €, correspondant à des actes facturés en double en mars 2025.

Ce courrier vous est également adressé par lettre recommandée avec accusé de réception. Il précise les voies de recours et les modalités de règlement (retenue sur vos prochains paiements ou virement).

Aucun paiement ne vous sera demandé par téléphone ou par lien dans un courriel. Pour toute question, utilisez la messagerie de votre espace {0}.

Votre caisse d'assurance maladie
""", links=[("amelipro", "https://espacepro.ameli.fr")])

E("l03", "legitimate", "fr", ("Conseil départemental de l'Ordre des médecins du Rhône", "cotisations@cdom69.ordre.medecin.fr"),
  "Dernier rappel - cotisation ordinale 2026", "2026-04-07 09:15", """
Chère consœur, cher confrère,

Sauf erreur de notre part, votre cotisation ordinale 2026 n'a pas encore été réglée. Nous vous rappelons que son paiement est une obligation légale (article L.4122-2 du code de la santé publique).

Vous pouvez la régler en ligne depuis votre espace personnel sur le site de l'Ordre : {0}, par chèque à l'ordre du CNOM, ou par virement sur le compte habituel (les coordonnées bancaires du CNOM n'ont pas changé).

Si vous avez réglé votre cotisation entre-temps, merci de ne pas tenir compte de ce message.

Confraternellement,
Le service des cotisations
""", links=[("www.ordre.medecin.fr", "https://www.ordre.medecin.fr")])

E("l04", "legitimate", "fr", ("Conseil départemental de l'Ordre des médecins de la Loire", "communication@cdom42.ordre.medecin.fr"),
  "Alerte : démarchages frauduleux DPC et certification périodique", "2026-02-02 14:00", """
Chères consœurs, chers confrères,

Plusieurs médecins du département nous ont signalé des appels et des SMS se réclamant d'une « direction régionale de certification périodique » qui menace de radiation et demande les identifiants de connexion.

Cet organisme n'existe pas. L'ANS et l'ANDPC ne vous contacteront jamais pour vous proposer des formations, et une radiation ne peut être prononcée que par la chambre disciplinaire de l'Ordre.

Ne communiquez jamais vos identifiants et mots de passe. Votre profil DPC officiel est accessible sur {0}.

Vous pouvez nous transférer tout message suspect à l'adresse signalement habituelle du conseil.

Le conseil départemental
""", links=[("www.agencedpc.fr/professionnel", "https://www.agencedpc.fr/professionnel/")])

E("l05", "legitimate", "fr", ("e-CPS - Agence du Numérique en Santé", "ne-pas-repondre@esante.gouv.fr"),
  "Votre e-CPS a bien été activée", "2026-01-09 18:22", """
Bonjour,

Vous venez d'activer votre carte e-CPS sur un nouvel appareil (iPhone).

Si vous êtes à l'origine de cette activation, aucune action n'est nécessaire.

Si vous n'êtes pas à l'origine de cette activation, rendez-vous sur {0} pour désactiver l'appareil, et contactez le support.

Agence du Numérique en Santé
""", links=[("esante.gouv.fr", "https://esante.gouv.fr/produits-services/e-cps")])

E("l06", "legitimate", "fr", ("Mon DPC", "ne-pas-repondre@mondpc.fr"),
  "Réinitialisation de votre mot de passe", "2026-03-18 21:04", """
Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre compte professionnel.

Cliquez sur le lien suivant pour définir un nouveau mot de passe. Ce lien est valable 24 heures : {0}

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste inchangé.

L'Agence nationale du DPC
""", links=[("Définir un nouveau mot de passe", "https://www.mondpc.fr/mondpc/reinitialisation?token=6f3d91")])

E("l07", "legitimate", "fr", ("Doctolib", "no-reply@doctolib.fr"),
  "Nouvelle connexion à votre compte Doctolib Pro", "2026-05-11 07:41", """
Bonjour Docteur,

Une nouvelle connexion à votre compte Doctolib Pro a été effectuée le 11/05/2026 à 07:39 depuis Chrome sur Windows.

Si c'est bien vous, vous n'avez rien à faire. Sinon, modifiez votre mot de passe depuis vos paramètres : {0}

L'équipe Doctolib
""", links=[("pro.doctolib.fr", "https://pro.doctolib.fr")])

E("l08", "legitimate", "fr", ("Urssaf", "ne-pas-repondre@urssaf.fr"),
  "Un nouveau document est disponible dans votre espace", "2026-02-12 06:45", """
Bonjour,

Un nouveau document est disponible dans votre espace en ligne : échéancier de vos cotisations 2026.

Pour le consulter, connectez-vous sur {0}.

Pour votre sécurité, nous ne vous demanderons jamais vos coordonnées bancaires ou vos identifiants par courriel.

Votre Urssaf
""", links=[("urssaf.fr", "https://www.urssaf.fr")])

E("l09", "legitimate", "fr", ("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
  "Votre espace professionnel : nouveau message", "2026-05-05 11:00", """
Madame, Monsieur,

Un nouveau message est disponible dans la messagerie sécurisée de votre espace professionnel.

Pour le consulter, connectez-vous à votre espace sur {0}.

La Direction générale des Finances publiques
""", links=[("impots.gouv.fr", "https://www.impots.gouv.fr")])

E("l10", "legitimate", "fr", ("Dr Karim Haddad", "karim.haddad@medecin.mssante.fr"),
  "Courrier pour Mme Dumoulin", "2026-06-24 19:12", """
Cher confrère,

Je vous adresse ci-joint mon courrier de consultation concernant votre patiente Mme Dumoulin, vue ce jour pour bilan de palpitations. L'holter est programmé la semaine prochaine.

Bien confraternellement,
Dr Karim Haddad
Cardiologue - 12 avenue Foch, 69006 Lyon
""", atts=[dict(type="pdf", name="Courrier_Dumoulin_240626.pdf", text="Dr Karim Haddad - Cardiologie\nCourrier de consultation\nPatiente : Mme D.\nBilan de palpitations. ECG normal. Holter prevu.")], fmt="text")

E("l11", "legitimate", "fr", ("DSN - Hospices Civils de Lyon", "dsn-support@chu-lyon.fr"),
  "Expiration de votre mot de passe dans 7 jours", "2026-03-23 08:00", """
Bonjour,

Le mot de passe de votre compte informatique hospitalier expirera dans 7 jours.

Vous pouvez le modifier à tout moment depuis un poste de l'établissement (Ctrl+Alt+Suppr > Modifier un mot de passe) ou depuis le portail interne. Nous ne vous demanderons jamais votre mot de passe par courriel.

En cas de difficulté, contactez le support au poste 5 21 00.

Direction des services numériques
""", fmt="text")

E("l12", "legitimate", "fr", ("DGS-Urgent", "dgs-urgent@sante.gouv.fr"),
  "DGS-Urgent n° 2026-07 : rupture d'approvisionnement en amoxicilline buvable", "2026-01-28 17:30", """
DGS-URGENT

Date : 28/01/2026
Référence : DGS-URGENT N°2026-07
Titre : Tensions d'approvisionnement en amoxicilline suspension buvable

Professionnels concernés : médecins généralistes, pédiatres, pharmaciens

Mesdames, Messieurs,

Des tensions d'approvisionnement en amoxicilline en suspension buvable sont constatées. Nous vous invitons à suivre les recommandations de dispensation et de prescription disponibles sur le site de l'ANSM et sur {0}.

Pour vous désinscrire de la liste DGS-Urgent : {1}

Direction générale de la santé
""", links=[("sante.gouv.fr", "https://sante.gouv.fr/professionnels/article/dgs-urgent"), ("ici", "https://dgs-urgent.sante.gouv.fr/desinscription")])

E("l13", "legitimate", "fr", ("L'Assurance Maladie", "information@info-pro.assurance-maladie.fr"),
  "Campagne de vaccination contre la grippe saisonnière 2025-2026", "2025-10-06 09:00", """
Docteur,

La campagne de vaccination contre la grippe saisonnière débute le 14 octobre. Vos patients éligibles ont reçu leur bon de prise en charge.

Vous trouverez les documents d'information et la liste de vos patients non vaccinés dans votre espace amelipro ainsi que sur {0}.

L'Assurance Maladie
""", links=[("ameli.fr", "https://www.ameli.fr/medecin/sante-prevention/vaccination/grippe")])

E("l14", "legitimate", "fr", ("Ordre des médecins", "certification@ordre.medecin.fr"),
  "Certification périodique : votre compte individuel est ouvert", "2026-01-05 10:00", """
Chère consœur, cher confrère,

Votre compte individuel de certification périodique est désormais accessible. Il vous permet de consulter les actions déjà enregistrées et de déclarer celles que vous réalisez.

L'accès se fait avec Pro Santé Connect (e-CPS ou carte CPS). Aucun organisme ne peut créer ce compte à votre place, et l'Ordre ne vous demandera jamais vos identifiants.

Plus d'informations : {0}

Le Conseil national de l'Ordre des médecins
""", links=[("www.ordre.medecin.fr", "https://www.ordre.medecin.fr/certification-periodique")])

E("l15", "legitimate", "fr", ("Martine Lopez", "martine.lopez64@gmail.com"),
  "ordonnance", "2026-07-03 20:47", """
Bonjour docteur,

Excusez moi de vous déranger, je n'arrive pas à retrouver l'ordonnance pour mon traitement de la tension que vous m'avez faite en avril. Est-ce que vous pourriez me la renvoyer par mail ou je dois reprendre un rendez-vous ?

Merci beaucoup
Martine Lopez
""", fmt="text")

E("l16", "legitimate", "fr", ("Doctolib", "facturation@doctolib.fr"),
  "Votre facture Doctolib de septembre 2026", "2026-10-02 05:30", """
Bonjour Docteur,

Votre facture du mois de septembre 2026 est disponible dans votre espace Doctolib Pro, rubrique Facturation.

Montant : 149,00 € HT. Elle sera prélevée sur le compte enregistré le 10 octobre.

{0}

L'équipe Doctolib
""", links=[("Voir ma facture", "https://pro.doctolib.fr/facturation")])

E("l17", "legitimate", "fr", ("Conseil départemental de l'Ordre des médecins de la Loire", "conseil-42@ordre.medecin.fr"),
  "Votre transfert vers le conseil départemental du Rhône", "2026-08-20 15:40", """
Docteur,

Nous accusons réception de votre demande de transfert suite à votre installation dans le Rhône.

Votre radiation du tableau de la Loire sera effective à la date de votre inscription au tableau du conseil départemental du Rhône, qui vous contactera pour finaliser votre dossier. Cette radiation administrative est sans lien avec une quelconque procédure disciplinaire.

Restant à votre disposition,
Le secrétariat
""", fmt="text")

E("l18", "legitimate", "fr", ("ARS Auvergne-Rhône-Alpes", "ars-ara-communication@ars.sante.fr"),
  "Permanence des soins : planning du 4e trimestre", "2026-09-02 10:10", """
Mesdames et Messieurs les médecins,

Le planning de la permanence des soins ambulatoires pour le quatrième trimestre est en ligne sur le portail de l'ARS.

Nous vous remercions de vérifier vos créneaux avant le 15 septembre : {0}

Le département de l'offre de soins
""", links=[("Consulter le planning", "https://www.auvergne-rhone-alpes.ars.sante.fr/permanence-des-soins-ambulatoires")])

E("k01", "legitimate", "en", ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
  "Microsoft account password reset", "2026-02-14 22:10", """
Microsoft account

Password reset code

Please use this code to reset the password for the Microsoft account dr****@outlook.fr.

Here is your code: 482931

If you don't recognize the Microsoft account dr****@outlook.fr, you can click {0} to remove your email address from that account.

Thanks,
The Microsoft account team
""", links=[("here", "https://account.live.com/dp?ft=-DmQ")])

E("k02", "legitimate", "en", ("European Heart Journal - Editorial Office", "em@editorialmanager.com"),
  "Invitation to review manuscript EHJ-D-26-00412", "2026-03-08 14:00", """
Dear Dr. Morel,

Given your expertise, I would like to invite you to review the manuscript entitled "Atrial fibrillation screening in primary care: a cluster randomised trial".

Please let me know whether you accept or decline this invitation by using the links below:

Agree to review: {0}
Decline to review: {1}

With kind regards,
Associate Editor
""", links=[("Agree", "https://www.editorialmanager.com/ehj/l.asp?i=88121&l=A1"), ("Decline", "https://www.editorialmanager.com/ehj/l.asp?i=88121&l=D1")])

E("k03", "legitimate", "en", ("ESC Congress", "congress@escardio.org"),
  "ESC Congress 2026: your registration and accommodation", "2026-04-16 09:00", """
Dear Dr. Morel,

Thank you for registering for ESC Congress 2026. Your registration is confirmed.

Official accommodation can only be booked through the ESC Congress website. The ESC does not work with any third-party agency contacting delegates by email or phone; if you receive such offers, please ignore them.

Book your accommodation: {0}

ESC Congress Team
""", links=[("escardio.org", "https://www.escardio.org/Congresses-Events/ESC-Congress/Accommodation")])

E("k04", "legitimate", "en", ("Prof. Lucia Bianchi", "lucia.bianchi@unimi.it"),
  "Teleconference on our registry paper", "2026-06-11 10:45", """
Dear colleague,

As agreed, here is the link for our call on Tuesday at 3 pm (CET) to go through the reviewers' comments:

{0}

Meeting ID: 843 2219 0071

Best wishes,
Lucia
""", links=[("https://unimi.zoom.us/j/84322190071", "https://unimi.zoom.us/j/84322190071")])

E("k05", "legitimate", "en", ("Clinique du Parc via DocuSign", "dse@eumail.docusign.net"),
  "Please DocuSign: Convention_vacations_2026.pdf", "2026-09-24 16:00", """
Direction des affaires médicales - Clinique du Parc sent you a document to review and sign.

Convention_vacations_2026.pdf

{0}

Do not share this email. This email contains a secure link to DocuSign.
""", links=[("REVIEW DOCUMENT", "https://eu.docusign.net/Signing/EmailStart.aspx?a=1c8e")])

# =====================================================================  additions
E("e15", "fraud", "en", ("Journal Publishing Office", "apc-billing@elsevier-author-services.com"),
  "Article Processing Charge - manuscript JCARD-D-26-01187", "2026-07-07 08:26", """
Dear Dr. Mercier,

Following the acceptance of your manuscript JCARD-D-26-01187, please find below the payment instructions for the Article Processing Charge (2,450 EUR).

Payment must be made by bank transfer within 7 days to avoid delaying publication:
Beneficiary: Author Services Ltd
IBAN: GB33 BUKB 2020 1555 5555 55

Kind regards,
Publishing Office
""", fmt="text")

E("q07", "spam", "en", ("Clinicflow", "hello@clinicflow.app"),
  "Cut your admin time in half - Clinicflow now in French", "2026-08-25 10:00", """
Hi Dr. Perrin,

Clinicflow is an AI scribe that drafts your consultation notes while you talk to your patient. It is now available in French, with data hosted in the EU (HDS certified).

Try it free for 14 days: {0}

You are receiving this because you downloaded our guide. Unsubscribe: {1}
""", links=[("Start free trial", "https://clinicflow.app/fr/trial"), ("unsubscribe", "https://clinicflow.app/unsubscribe")])

E("k06", "legitimate", "en", ("Dr Sarah Collins", "sarah.collins5@nhs.net"),
  "Request for medical summary - Mr Thomas Girard", "2026-09-29 13:10", """
Dear Dr Morel,

Mr Thomas Girard (born 14/02/1961) has recently registered with our practice in Bristol and has given his written consent for us to request his medical history from his previous GP in France.

Could you kindly send us a summary of his medical history, current medication and allergies? He mentioned you were his GP in Lyon until June.

Please send it to this secure address or by post to Southmead Family Practice, Bristol. Happy to call if easier.

With thanks and best wishes,
Dr Sarah Collins
General Practitioner
""", fmt="text")
