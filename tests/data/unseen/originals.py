"""The suspicious originals of the unseen evaluation set, written by hand.

Each original says, beside its content, what a careful analyst expects from it:
`label` (issue 3 definitions), `campaign` (shared by the originals of one scam or one
mailing), `domains` (registered domain, eTLD+1 per the Public Suffix List without private
domains, of every link in it, `;`-separated) and `phones` (E.164, `;`-separated).

Markup in `body`: `[[label|url]]` is a link whose text differs from its target (HTML
`<a>`; clients print it as "label <url>" in text); a bare URL is a bare URL. `{name}`,
`{first}`, `{email}` are the doctor who received it, `{tid}` a per-recipient tracking id.
Typed originals (`from` empty) are the doctor's own words describing an SMS or a call.
"""

FRAUD = [
    # ------------------------------------------------------------ campaigns
    dict(key="drcp_radiation", label="fraud", lang="fr", campaign="drcp-radiation",
         from_=("Direction Régionale de Certification Périodique", "notification@drcp-auvergne-rhone-alpes.fr"),
         subject="URGENT - Dossier de certification périodique incomplet - Dr {name}",
         date="03 Nov 2025 08:12:44 +0100",
         body="""Docteur {name},

Nos services constatent que votre dossier de certification périodique n'a pas été validé à ce jour.

Conformément à l'ordonnance n° 2021-961, l'absence de validation avant le 30 novembre entraînera la transmission de votre dossier à la chambre disciplinaire en vue d'une radiation du tableau.

Pour régulariser votre situation, complétez votre dossier en ligne :
[[Régulariser mon dossier|https://drcp-auvergne-rhone-alpes.fr/dossier?ref={tid}]]

Un conseiller est joignable au 01 84 60 22 17 du lundi au vendredi de 9h à 18h.

Direction Régionale de Certification Périodique
Pôle Auvergne-Rhône-Alpes""",
         domains="drcp-auvergne-rhone-alpes.fr", phones="+33184602217", auth="pass"),

    dict(key="ans_activation", label="fraud", lang="fr", campaign="ans-activation",
         from_=("Agence du Numérique en Santé", "ne-pas-repondre@ans-certification.info"),
         subject="Activation obligatoire de votre compte certification périodique",
         date="04 Nov 2025 10:03:17 +0100",
         body="""Bonjour Docteur {name},

Dans le cadre de la mise en place de la certification périodique, l'Agence du Numérique en Santé a créé votre compte personnel.

Vous devez l'activer sous 72 heures, faute de quoi votre inscription sera suspendue :

[[Activer mon compte|https://esante.gouv.fr.activation-compte-ps.com/activer?uid={tid}]]

Munissez-vous de votre numéro RPPS et de votre mot de passe de messagerie.

L'équipe Certification périodique
Agence du Numérique en Santé""",
         html_top='<img src="https://esante.gouv.fr/sites/default/files/media_entity/logo-ans.png" alt="ANS" width="180">',
         domains="activation-compte-ps.com;esante.gouv.fr", phones="", auth="pass"),

    dict(key="andpc_validation", label="fraud", lang="fr", campaign="andpc-validation",
         from_=("ANDPC - Agence nationale du DPC", "contact@andpc-droits-formation.fr"),
         subject="Vos droits DPC 2026 : validation obligatoire avant le 15 décembre",
         date="05 Nov 2025 14:41:02 +0100",
         body="""Madame, Monsieur le Docteur {name},

Vos droits de formation DPC pour l'année 2026 ont été ouverts. Pour ne pas les perdre, ils doivent être validés avant le 15 décembre 2025.

La validation prend 2 minutes : [[Valider mes droits DPC|https://andpc-droits-formation.fr/valider?m={tid}]]

Passé ce délai, votre forfait sera réattribué et vous ne pourrez plus justifier de votre obligation triennale.

Assistance : 09 72 14 55 80

Agence nationale du Développement Professionnel Continu""",
         domains="andpc-droits-formation.fr", phones="+33972145580", auth="pass"),

    dict(key="mondpc_reset", label="fraud", lang="fr", campaign="mondpc-reset",
         from_=("Mon DPC", "securite@mondpc-compte.net"),
         subject="Réinitialisation de votre mot de passe",
         date="06 Nov 2025 06:58:31 +0100",
         body="""Bonjour {first} {name},

Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Mon DPC.

Si vous êtes à l'origine de cette demande, cliquez ici : [[Réinitialiser mon mot de passe|https://bit.ly/3Kp9vQz]]

Si vous n'êtes pas à l'origine de cette demande, votre compte sera bloqué sous 24h. Pour l'éviter, confirmez votre identité sur le même lien.

Cordialement,
Le support Mon DPC""",
         domains="bit.ly", phones="", auth="pass"),

    dict(key="sms_dpc_a", label="fraud", lang="fr", campaign="sms-formation-dpc", from_=("", ""),
         subject="", date="07 Nov 2025 11:20:00 +0100", html=False,
         body="""Bonjour,

Je vous signale un SMS reçu ce matin sur mon portable :

"Dr, vos droits DPC 2025 expirent le 31/12. Formation 100% financée, sans avance de frais. Rappelez votre conseillère au 09 70 19 34 52 ou inscrivez-vous sur https://droitsdpc-formation.fr"

Je n'ai rien demandé et je ne connais pas cet organisme.""",
         domains="droitsdpc-formation.fr", phones="+33970193452"),

    dict(key="sms_dpc_b", label="fraud", lang="fr", campaign="sms-formation-dpc", from_=("", ""),
         subject="", date="07 Nov 2025 15:42:00 +0100", html=False,
         body="""Re-bonjour,
une personne m'a appelée deux fois cette semaine depuis le 0970193452 en prétendant que mes "droits DPC" allaient expirer et qu'il fallait que je lui donne mon identifiant et mon mot de passe mondpc pour m'inscrire à une formation gratuite. J'ai raccroché.
Est-ce une arnaque connue ?""",
         domains="", phones="+33970193452"),

    dict(key="sms_dpc_c", label="fraud", lang="fr", campaign="sms-formation-dpc", from_=("", ""),
         subject="", date="08 Nov 2025 09:05:00 +0100", html=False,
         body="""SMS reçu le 8/11 à 8h47 :
« Docteur, il vous reste 1 240 € de droits DPC non utilisés qui seront perdus le 31/12. Nos conseillers vous accompagnent : 09.70.19.34.52 - droitsdpc-formation.fr »
Numéro d'envoi masqué.""",
         domains="droitsdpc-formation.fr", phones="+33970193452"),

    dict(key="ameli_rembours", label="fraud", lang="fr", campaign="ameli-pro-remboursement",
         from_=("Assurance Maladie", "info@ameli-pro-services.com"),
         subject="Votre remboursement de 347,82 € est en attente",
         date="10 Nov 2025 07:30:12 +0100",
         body="""Cher professionnel de santé,

Suite à une régularisation de vos honoraires, un remboursement de 347,82 € a été calculé en votre faveur.

Pour le recevoir, confirmez vos coordonnées bancaires avant le 20 novembre :
https://ameli-pro-services.com/espace/remboursement?id={tid}

Sans confirmation de votre part, le montant sera annulé.

L'Assurance Maladie
Service Professionnels de santé""",
         domains="ameli-pro-services.com", phones="", auth="pass"),

    dict(key="ordre_cotisation", label="fraud", lang="fr", campaign="ordre-cotisation-iban",
         from_=("CNOM - Service Trésorerie", "tresorerie@cnom-cotisations.fr"),
         subject="Relance : cotisation ordinale 2025 impayée",
         date="12 Nov 2025 09:17:45 +0100",
         body="""Docteur {name},

Sauf erreur de notre part, votre cotisation ordinale 2025 (335 €) reste impayée malgré nos relances.

Nous vous demandons de régulariser sous 48 heures par virement sur le compte suivant, en indiquant votre numéro RPPS en référence :
IBAN : FR76 1695 8000 0154 8873 2109 367
BIC : QNTOFRP1XXX

À défaut, le conseil départemental sera saisi pour suspension de votre inscription.

Pour toute question : 01 86 95 41 07

Service Trésorerie
Conseil national de l'Ordre des médecins""",
         domains="", phones="+33186954107", auth="pass"),

    dict(key="mailbox_quota", label="fraud", lang="en", campaign="mailbox-quota",
         from_=("Mail Administrator", "admin@mailbox-quota-center.com"),
         subject="Action required: your mailbox {email} is 98% full",
         date="13 Nov 2025 03:11:09 +0100",
         body="""Dear user {email},

Your mailbox has exceeded the storage limit set by your administrator. You may not be able to send or receive new messages until you upgrade your mailbox.

[[Upgrade storage now|https://mailbox-quota-center.com/upgrade/?u={tid}]]

If no action is taken within 24 hours, incoming messages will be rejected and your account will be deactivated.

Mail Administrator
This is an automated message, please do not reply.""",
         domains="mailbox-quota-center.com", phones="", auth="none"),

    dict(key="doctolib_verif", label="fraud", lang="fr", campaign="doctolib-pro-verif",
         from_=("Doctolib Pro", "no-reply@doctolib-pro-securite.com"),
         subject="Action requise : vérification de votre compte praticien",
         date="14 Nov 2025 12:22:50 +0100",
         body="""Bonjour Dr {name},

Suite à une mise à jour de nos conditions d'utilisation, nous devons vérifier l'identité de tous les praticiens inscrits.

Votre agenda en ligne sera désactivé le 21 novembre si la vérification n'est pas effectuée.

[[Vérifier mon compte|https://doctolib-pro-securite.com/verify?t={tid}]]

Vous aurez besoin de vos identifiants Doctolib et de votre carte CPS.

L'équipe Doctolib""",
         domains="doctolib-pro-securite.com", phones="", auth="pass"),

    dict(key="ecps_expire", label="fraud", lang="fr", campaign="ecps-expiration",
         from_=("Pro Santé Connect", "alerte@prosanteconnect-ecps.fr"),
         subject="Votre e-CPS expire dans 48 heures",
         date="17 Nov 2025 16:05:33 +0100",
         body="""Docteur {name},

Votre carte e-CPS arrive à expiration. Sans renouvellement, vous ne pourrez plus accéder à vos services (DMP, MSSanté, Ameli Pro, téléservice de certification périodique).

Renouvelez-la en moins de 3 minutes :
[[Renouveler mon e-CPS|https://wallet.esante-gouv.fr-ecps.net/renouveler?id={tid}]]

Ce message est envoyé automatiquement par le service Pro Santé Connect.""",
         domains="fr-ecps.net", phones="", auth="pass"),

    # ------------------------------------------------------------ unique frauds, French
    dict(key="urssaf_majoration", label="fraud", lang="fr",
         from_=("URSSAF Service Recouvrement", "recouvrement@urssaf-regularisation.fr"),
         subject="Avis de majoration de retard - Dossier n° 069 4471 2290",
         date="03 Nov 2025 17:44:10 +0100",
         body="""Madame, Monsieur,

Votre compte cotisant présente un solde débiteur de 1 284,00 € au titre du 3e trimestre 2025. Une majoration de retard de 10 % sera appliquée à compter du 10 novembre.

Pour éviter la majoration et la procédure de recouvrement forcé, réglez votre solde par carte bancaire :
https://urssaf-regularisation.fr/paiement/dossier-0694471

Votre gestionnaire : 01 89 70 12 44

URSSAF Rhône-Alpes""",
         domains="urssaf-regularisation.fr", phones="+33189701244", auth="pass"),

    dict(key="call_ordre_radiation", label="fraud", lang="fr", from_=("", ""), subject="",
         date="04 Nov 2025 13:30:00 +0100", html=False,
         body="""Madame, Monsieur,

J'ai reçu hier après-midi au cabinet un appel d'une femme se présentant comme "le service certification de l'Ordre". Elle a exigé de me parler personnellement (ma secrétaire a transféré l'appel) et m'a expliqué que je serais radiée si je ne validais pas ma certification périodique avant la fin du mois, en passant par leur organisme.

Elle voulait mon numéro RPPS et mes codes d'accès. Le numéro affiché était le 01 87 66 40 19.

J'ai refusé. Pouvez-vous me confirmer qu'il s'agit d'une escroquerie ?""",
         domains="", phones="+33187664019"),

    dict(key="call_drcp", label="fraud", lang="fr", from_=("", ""), subject="",
         date="05 Nov 2025 18:10:00 +0100", html=False,
         body="""Bonsoir,
appel ce jour à 17h12 de la soi-disant "direction régionale de certification périodique d'Occitanie" (tel 04 28 29 61 73). Mon interlocuteur était très insistant, parlait de sanctions et de suspension d'exercice si je ne m'inscrivais pas à un programme de 3 formations à 1 900 € "remboursées ensuite".
Je vous le signale comme vous le demandez dans votre dernière lettre.""",
         domains="", phones="+33428296173"),

    dict(key="ans_spoofed", label="fraud", lang="fr",
         from_=("ANS - Certification périodique", "contact@esante.gouv.fr"),
         reply_to="certification.ps.ans@gmail.com",
         subject="Votre parcours de certification périodique : justificatifs manquants",
         date="06 Nov 2025 09:48:21 +0100", auth="softfail",
         return_path="bounce-1187@mx3.sendmass-eu.net",
         body="""Docteur,

Après vérification, il manque 2 justificatifs à votre parcours de certification périodique (actions de DPC 2023-2025).

Merci de nous les transmettre en répondant à ce message ou via votre espace :
https://certif-periodique-ans.com/espace/justificatifs

Sans retour sous 8 jours, votre dossier sera déclaré non conforme et transmis à votre conseil départemental.

Le service Certification périodique""",
         domains="certif-periodique-ans.com", phones=""),

    dict(key="has_fake", label="fraud", lang="fr",
         from_=("Haute Autorité de Santé - Évaluation", "evaluation@has-sante-certification.org"),
         subject="Évaluation des pratiques professionnelles : questionnaire obligatoire",
         date="07 Nov 2025 08:02:40 +0100",
         body="""Docteur {name},

Dans le cadre de la certification périodique, la HAS doit recueillir votre questionnaire d'évaluation des pratiques avant le 25 novembre.

Accédez au questionnaire avec vos identifiants Ameli Pro :
[[Remplir le questionnaire|https://has-sante-certification.org/epp/login.php?id={tid}]]

Le défaut de réponse sera signalé à l'Ordre des médecins.

Haute Autorité de Santé""",
         domains="has-sante-certification.org", phones="", auth="pass"),

    dict(key="ars_fake", label="fraud", lang="fr",
         from_=("ARS Île-de-France", "controle@ars-idf-gouv.fr"),
         subject="Contrôle de vos obligations DPC - réponse attendue sous 5 jours",
         date="10 Nov 2025 11:15:05 +0100",
         body="""Docteur,

L'Agence régionale de santé procède au contrôle des obligations de développement professionnel continu des médecins libéraux.

Votre situation présente une anomalie. Vous devez régulariser en réglant les frais de dossier de 149 € et en téléversant vos attestations :
https://ars-idf-gouv.fr/controle-dpc/regularisation

Contact : 01 44 02 19 88

Pôle contrôle - ARS Île-de-France""",
         domains="ars-idf-gouv.fr", phones="+33144021988", auth="pass"),

    dict(key="reset_certif", label="fraud", lang="fr",
         from_=("Espace Certification", "noreply@espace-certification-sante.com"),
         subject="Votre demande de nouveau mot de passe",
         date="11 Nov 2025 05:40:59 +0100",
         body="""Bonjour,

Vous avez demandé la réinitialisation de votre mot de passe pour l'espace certification périodique.

Code de vérification : 771 904

Saisissez ce code sur la page suivante pour définir un nouveau mot de passe :
[[Définir mon mot de passe|https://espace-certification-sante.com/reset?k={tid}]]

Ce lien expire dans 30 minutes.""",
         domains="espace-certification-sante.com", phones="", auth="pass"),

    dict(key="sms_reset_mondpc", label="fraud", lang="fr", from_=("", ""), subject="",
         date="12 Nov 2025 07:55:00 +0100", html=False,
         body="""Bonjour
Reçu par SMS cette nuit (je n'ai rien demandé) :
"MonDPC : votre code de réinitialisation est 482913. Si vous n'êtes pas à l'origine de cette demande, sécurisez votre compte : hxxps://mondpc-aide[.]fr/securite"
Expéditeur : 06 44 27 81 90
Merci""",
         domains="mondpc-aide.fr", phones="+33644278190"),

    dict(key="call_dpc_training", label="fraud", lang="fr", from_=("", ""), subject="",
         date="13 Nov 2025 12:40:00 +0100", html=False,
         body="""Je tiens à signaler un démarchage téléphonique de la société "Institut Santé Formation Plus" (appel du 01 70 38 92 11).

La personne m'a proposé une formation "entièrement prise en charge par mes droits DPC" et m'a proposé de créer mon compte à ma place sur le site de l'ANDPC, pour cela elle m'a demandé mon adresse mail, mon numéro RPPS et le mot de passe. J'ai refusé et elle a insisté en disant que c'était obligatoire pour la certification périodique.""",
         domains="", phones="+33170389211"),

    dict(key="ameli_vitale_pasted", label="fraud", lang="fr", from_=("", ""),
         subject="Votre carte Vitale arrive à expiration",
         date="14 Nov 2025 19:22:00 +0100", html=False,
         body="""Assurance Maladie

Votre carte Vitale arrive à expiration le 30/11/2025.
Pour recevoir votre nouvelle carte, veuillez mettre à jour vos informations et régler les frais d'envoi de 1,50 € :
https://ameli-carte-vitale.info/renouvellement/?dossier=7781

Service client : 09 77 42 18 63""",
         domains="ameli-carte-vitale.info", phones="+33977421863"),

    dict(key="dgfip_refund", label="fraud", lang="fr",
         from_=("impots.gouv", "remboursement@impots-gouv-remb.fr"),
         subject="Avis de remboursement - montant : 264,30 EUR",
         date="15 Nov 2025 10:12:00 +0100",
         body="""Bonjour,

Après le dernier calcul annuel de votre activité fiscale, vous êtes éligible à un remboursement de 264,30 EUR.

Veuillez soumettre la demande de remboursement et nous laisser 3 à 5 jours ouvrables pour le traitement.

[[Accéder au formulaire de remboursement|https://impots-gouv-remb.fr/remboursement/formulaire.php]]

Direction générale des Finances publiques""",
         domains="impots-gouv-remb.fr", phones="", auth="none"),

    dict(key="colis_fee", label="fraud", lang="fr",
         from_=("Colissimo", "suivi@colissimo-livraison-fr.com"),
         subject="Votre colis n°6A18293047521 est en attente de livraison",
         date="16 Nov 2025 08:31:00 +0100",
         body="""Bonjour,

Votre colis n'a pas pu être livré car les frais d'affranchissement (1,99 €) n'ont pas été réglés.

Programmez une nouvelle livraison : https://colissimo-livraison-fr.com/suivi/6A18293047521

Sans action de votre part sous 72h, le colis sera retourné à l'expéditeur.""",
         domains="colissimo-livraison-fr.com", phones="", auth="none"),

    dict(key="iban_supplier", label="fraud", lang="fr",
         from_=("Comptabilité MedEquip Rhône", "compta@medequip-rhone.fr"),
         reply_to="compta.medequip.rhone@gmail.com",
         subject="Changement de nos coordonnées bancaires",
         date="17 Nov 2025 14:06:00 +0100", auth="softfail",
         body="""Bonjour Docteur {name},

Suite à un changement de banque, nous vous informons que nos coordonnées bancaires ont été modifiées. Merci d'utiliser désormais le RIB ci-dessous pour le règlement de la facture F-2025-1187 (échographe portable, 2 340,00 € TTC) :

IBAN : FR76 3000 4028 3700 0108 4712 944
Titulaire : MEDEQUIP RHONE

Merci de nous confirmer le virement par retour de mail, l'ancien compte étant clôturé.

Bien cordialement,
Sandrine Vial
Service comptabilité
MedEquip Rhône - 04 72 91 30 55""",
         domains="", phones="+33472913055"),

    dict(key="ceo_giftcards", label="fraud", lang="fr",
         from_=("Dr Françoise Meunier - Présidente CDOM", "presidente.cdom.ordre@gmail.com"),
         subject="Demande urgente",
         date="18 Nov 2025 09:55:00 +0100",
         html=False,
         body="""Bonjour Docteur {name},

Êtes-vous disponible ? J'ai besoin d'un service urgent et discret, je suis en réunion et je ne peux pas téléphoner.

Il faudrait acheter 4 cartes cadeaux Google Play de 100 € pour une action de l'entraide ordinale, je vous rembourserai dès demain.

Répondez-moi vite par mail.

Dr F. Meunier""",
         domains="", phones="", auth="pass"),

    dict(key="ordre_tableau", label="fraud", lang="fr",
         from_=("Ordre des Médecins - Tableau", "tableau@ordre-medecins-rpps.com"),
         subject="Mise à jour obligatoire de vos données d'inscription au tableau",
         date="19 Nov 2025 15:20:00 +0100",
         body="""Docteur {name},

La réforme de la certification périodique impose la mise à jour des données d'inscription de tous les médecins avant le 1er décembre 2025.

Connectez-vous avec vos identifiants Pro Santé Connect pour confirmer vos informations :
[[Mettre à jour mes données|https://ordre-medecins-rpps.com/maj/login?r={tid}]]

À défaut, votre inscription au tableau sera suspendue.

Conseil national de l'Ordre des médecins
4 rue Léon Jost - 75017 Paris""",
         domains="ordre-medecins-rpps.com", phones="", auth="pass"),

    dict(key="andpc_sms_pasted", label="fraud", lang="fr", from_=("", ""),
         subject="", date="20 Nov 2025 07:12:00 +0100", html=False,
         body="""ANDPC INFO : Votre compte DPC sera cloture le 30/11 faute de confirmation. Confirmez vos identifiants : https://andpc-compte.fr/c/{tid} STOP au 36111""",
         domains="andpc-compte.fr", phones=""),

    dict(key="sms_doctolib_typed", label="fraud", lang="fr", from_=("", ""), subject="",
         date="20 Nov 2025 13:00:00 +0100", html=False,
         body="""Bonjour,

Je viens de recevoir ce SMS du 07 56 84 21 39 :
"Doctolib : suite à un incident, votre agenda sera suspendu ce soir. Reconnectez-vous : doctolib-praticiens.com/reconnexion"

Je ne l'ai évidemment pas ouvert.""",
         domains="doctolib-praticiens.com", phones="+33756842139"),

    dict(key="mssante_quota", label="fraud", lang="fr",
         from_=("Messagerie MSSanté", "support@mssante-messagerie.com"),
         subject="Votre boîte MSSanté sera désactivée",
         date="21 Nov 2025 06:45:00 +0100",
         body="""Cher utilisateur,

Votre boîte aux lettres sécurisée de santé n'a pas été vérifiée depuis 6 mois. Conformément à la politique de sécurité, elle sera désactivée le 24/11/2025.

Pour conserver vos messages, validez votre compte :
[[Valider ma messagerie|https://mssante-messagerie.com/owa/auth.php?user={email}]]

Support MSSanté""",
         domains="mssante-messagerie.com", phones="", auth="none"),

    dict(key="cpam_forms", label="fraud", lang="fr",
         from_=("CPAM du Rhône - Relations professionnels", "cpam.rhone.relationspro@outlook.fr"),
         subject="Mise à jour de votre RIB professionnel - téléservice",
         date="21 Nov 2025 10:30:00 +0100",
         body="""Bonjour Docteur,

Dans le cadre de la modernisation des paiements de la Caisse primaire, tous les professionnels de santé doivent mettre à jour leur RIB et leurs identifiants Ameli Pro avant le 5 décembre.

Formulaire sécurisé : https://forms.gle/Xc7PqR2mZ9vW4bT6A

Sans mise à jour, vos télétransmissions seront suspendues.

CPAM du Rhône""",
         domains="forms.gle", phones="", auth="pass"),

    dict(key="certif_payment", label="fraud", lang="fr",
         from_=("CertifMed - Organisme agréé", "contact@certifmed-validation.fr"),
         subject="Validez votre certification périodique en 1 journée",
         date="22 Nov 2025 09:00:00 +0100",
         body="""Docteur {name},

En tant qu'organisme agréé par l'Ordre pour la certification périodique, nous validons l'intégralité de vos 4 blocs en une seule journée, sans formation supplémentaire.

Tarif unique : 890 € TTC, payable en ligne. Votre attestation de certification vous est délivrée sous 48 h.

Attention : les médecins non certifiés au 31/12 s'exposent à une interdiction d'exercer.

Réservez votre session : https://certifmed-validation.fr/reservation
Ligne directe : 01 85 09 77 23""",
         domains="certifmed-validation.fr", phones="+33185097723", auth="pass"),

    dict(key="sms_urssaf_typed", label="fraud", lang="fr", from_=("", ""), subject="",
         date="22 Nov 2025 17:25:00 +0100", html=False,
         body="""sms recu de +33 7 81 26 54 09 : "URSSAF: un trop-percu de 178,40EUR vous est du. Remplissez le formulaire sous 48h : urssaf-remboursement-pro[.]fr/form" je pense que c une arnaque""",
         domains="urssaf-remboursement-pro.fr", phones="+33781265409"),

    dict(key="sharepoint_doc", label="fraud", lang="fr",
         from_=("Secrétariat Cabinet Médical", "partage@cabinet-docs-partage.com"),
         subject="Document partagé : Facture_honoraires_nov2025.pdf",
         date="23 Nov 2025 08:14:00 +0100",
         body="""Un document a été partagé avec vous via OneDrive.

Facture_honoraires_nov2025.pdf (248 Ko)

[[Ouvrir le document|https://cabinet-docs-partage.com/onedrive/view?doc={tid}]]

Pour des raisons de sécurité, vous devrez vous connecter avec votre adresse de messagerie professionnelle.

Microsoft OneDrive""",
         domains="cabinet-docs-partage.com", phones="", auth="pass"),

    # ------------------------------------------------------------ unique frauds, English
    dict(key="en_advance_fee", label="fraud", lang="en",
         from_=("Barrister James Okoye", "james.okoye.chambers@outlook.com"),
         subject="CONFIDENTIAL: Inheritance claim of late Dr. Pierre {name}",
         date="03 Nov 2025 22:10:00 +0100", html=False,
         body="""Dear Dr. {name},

I am Barrister James Okoye, personal attorney to the late Dr. Pierre {name}, a French national who worked with an oil firm here in Lagos and died with his family in a road accident.

He left a deposit of US$8.5 million with a bank here. As you share his surname, I am contacting you to present you as his next of kin so the funds can be released. We will share the money 50/50.

Please reply with your full name, phone number and a copy of your ID. You can also call me on +234 803 555 0192.

Regards,
Barrister James Okoye""",
         domains="", phones="+2348035550192", auth="pass"),

    dict(key="en_password_expiry", label="fraud", lang="en",
         from_=("Microsoft 365 Security", "no-reply@m365-password-notice.com"),
         subject="Your password expires today",
         date="05 Nov 2025 04:22:00 +0100",
         body="""Microsoft 365

The password for {email} expires today.

To keep using your current password, confirm it below. Otherwise a new password will be generated and your access will be suspended.

[[Keep current password|https://m365-password-notice.com/keep?user={email}]]

Thanks,
The Microsoft 365 team""",
         domains="m365-password-notice.com", phones="", auth="none"),

    dict(key="en_dhl_fee", label="fraud", lang="en",
         from_=("DHL Express", "noreply@dhl-shipment-notice.com"),
         subject="DHL: shipment on hold - customs duty unpaid",
         date="06 Nov 2025 13:33:00 +0100",
         body="""Dear customer,

Your shipment 7729104461 from Shenzhen is on hold at our Paris hub. A customs duty of EUR 2.99 must be paid before delivery.

Pay now: https://dhl-shipment-notice.com/pay/7729104461

If the duty is not paid within 48 hours, the shipment will be returned.

DHL Express Customer Service""",
         domains="dhl-shipment-notice.com", phones="", auth="none"),

    dict(key="en_fake_registry", label="fraud", lang="en",
         from_=("International Medical Practitioners Registry", "renewals@intl-medical-registry.org"),
         subject="Final notice: your practitioner listing will be revoked",
         date="08 Nov 2025 16:00:00 +0100",
         body="""Dear Dr. {name},

Our records show that your registration with the International Medical Practitioners Registry has not been renewed. Practitioners without a valid registration may be barred from cross-border telemedicine and may be reported to their national medical council.

Renew your registration (USD 249) before November 30:
[[Renew my registration|https://intl-medical-registry.org/renew?ref={tid}]]

Questions: +1 646 555 0183

Registry Compliance Office""",
         domains="intl-medical-registry.org", phones="+16465550183", auth="pass"),

    dict(key="en_inheritance_widow", label="fraud", lang="en",
         from_=("Mrs. Helen Carter", "helen.carter1958@yahoo.com"),
         subject="Charity donation for your medical work",
         date="09 Nov 2025 21:48:00 +0100", html=False,
         body="""Dearest in Christ,

I am Mrs. Helen Carter, a widow suffering from terminal cancer. I wish to donate the sum of 2,300,000 GBP to a doctor who will use it for the care of the poor.

My lawyer will transfer the funds once you pay the registration fee of the donation certificate. Kindly reply with your bank details and WhatsApp me on +44 7700 900431.

God bless you,
Mrs. Helen Carter""",
         domains="", phones="+447700900431", auth="pass"),

    dict(key="en_sextortion", label="fraud", lang="en",
         from_=("", "lsdkfj.hugo@kqe-mail.ru"),
         subject="Your account is hacked! Change your password.",
         date="11 Nov 2025 02:17:00 +0100", html=False, auth="softfail",
         return_path="x7d@kqe-mail.ru",
         body="""Hello!

I have access to your device and your mailbox for several months. I recorded you through your webcam and I have a copy of your patient files.

Send 1350 USD in Bitcoin to this wallet: bc1q9d7mz0v4x5kqu2w6y0l8h3c4e7t2nn3fr8pq5s

You have 48 hours. If I don't receive the payment, I will send everything to your contacts and to your medical council.""",
         domains="", phones=""),

    dict(key="en_docusign", label="fraud", lang="en",
         from_=("DocuSign via Signature Service", "dse@docusign-envelope-review.com"),
         subject="Dr. {name}: please review and sign - Locum agreement 2026",
         date="14 Nov 2025 11:11:00 +0100",
         body="""Signature Service sent you a document to review and sign.

Locum agreement 2026.pdf

[[REVIEW DOCUMENT|https://docusign.secure-envelope-review.com/sign?env={tid}]]

Do not share this email. It contains a secure link to DocuSign.

Powered by DocuSign""",
         domains="secure-envelope-review.com", phones="", auth="pass"),

    dict(key="en_who_grant", label="fraud", lang="en",
         from_=("WHO Grants Committee", "grants@who-health-fund.org"),
         subject="Notification of award: WHO primary care research grant",
         date="15 Nov 2025 18:40:00 +0100",
         body="""Dear Dr. {name},

We are pleased to inform you that you have been selected for a research grant of EUR 45,000 from the World Health Organization Primary Care Fund.

To release the grant, a one-time processing fee of EUR 380 must be paid to our accredited paying agent. Please contact our grants officer, Dr. Samuel Reed, on +1 202 555 0147 or reply with your banking details.

Details: https://who-health-fund.org/award/2025

WHO Grants Committee""",
         domains="who-health-fund.org", phones="+12025550147", auth="pass"),

    dict(key="en_paypal", label="fraud", lang="en",
         from_=("PayPal", "service@paypal-resolution-team.com"),
         subject="Your account has been limited",
         date="18 Nov 2025 07:07:00 +0100",
         body="""Hello,

We noticed unusual activity on your PayPal account and have temporarily limited what you can do with it.

To restore full access, confirm your identity and card details:
[[Confirm my identity|https://paypal-resolution-team.com/restore?case=PP-7781-2201]]

If we don't hear from you within 3 days, your account will be permanently limited.

Sincerely,
PayPal""",
         domains="paypal-resolution-team.com", phones="", auth="none"),

    dict(key="en_zoom_login", label="fraud", lang="en",
         from_=("Zoom", "meetings@zoom-invite-secure.net"),
         subject="You have a missed meeting recording from the hospital board",
         date="19 Nov 2025 15:55:00 +0100",
         body="""Hi,

A cloud recording from "Hospital board - credentialing review" is available. The host has requested that you sign in to view it.

[[View recording|https://zoom-invite-secure.net/rec/play?id={tid}]]

Recording expires in 24 hours.

Zoom Video Communications""",
         domains="zoom-invite-secure.net", phones="", auth="none"),

    dict(key="call_en_typed", label="fraud", lang="en", from_=("", ""), subject="",
         date="20 Nov 2025 16:30:00 +0100", html=False,
         body="""Hello,

This afternoon a man called my practice claiming to work for the "regional certification office" of the Ordre. He said my periodic certification was incomplete and that I would be struck off unless I enrolled today in their programme (2,400 euros, "refunded by the DPC"). He asked for my RPPS number and my CPS card PIN.

The number he called from was 01 73 29 84 56. I hung up.""",
         domains="", phones="+33173298456"),

    dict(key="antai_amende", label="fraud", lang="fr",
         from_=("ANTAI - Service des amendes", "avis@antai-paiement-amende.com"),
         subject="Avis de contravention impayée - majoration imminente",
         date="19 Nov 2025 07:48:00 +0100",
         body="""Madame, Monsieur,

Un avis de contravention (infraction au stationnement du 02/11/2025) reste impayé à ce jour. Montant : 35,00 €.

Sans paiement sous 72 heures, l'amende sera majorée à 75,00 €.

Payer mon amende : https://antai-paiement-amende.com/payer?avis=2511774031

Agence nationale de traitement automatisé des infractions""",
         domains="antai-paiement-amende.com", phones="", auth="none"),

    dict(key="en_invoice_wire", label="fraud", lang="en",
         from_=("Nordic GP Days - Finance", "finance@nordicgpdays-events.com"),
         reply_to="nordicgpdays.finance@protonmail.com",
         subject="Speaker travel reimbursement - updated bank details needed",
         date="17 Nov 2025 10:05:00 +0100",
         body="""Dear Dr. {name},

Thank you again for agreeing to speak at Nordic GP Days. Our bank has changed and we are re-issuing all speaker reimbursements.

To receive your EUR 640 reimbursement, please reply with your IBAN, the name of your bank and a scan of your ID card by Friday. Payments not confirmed by then will be cancelled.

For urgent questions call our finance desk on +46 8 555 012 93.

Kind regards,
Finance Office, Nordic GP Days""",
         domains="", phones="+46855501293", auth="pass"),
]


SPAM = [
    dict(key="formation_douleur", label="spam", lang="fr", campaign="formation-douleur-dpc",
         from_=("FormaSanté Rhône", "contact@formasante-rhone.fr"),
         subject="Formation DPC 2026 : prise en charge de la douleur chronique en ville",
         date="04 Nov 2025 07:45:00 +0100",
         list_unsubscribe="<https://formasante-rhone.fr/desinscription?e={tid}>",
         body="""Bonjour Docteur {name},

FormaSanté Rhône, organisme de DPC enregistré auprès de l'ANDPC (n° 4521), vous propose une formation en classe virtuelle :

« Douleur chronique : repérage, évaluation et prise en charge en soins primaires »
Programme n° 45212500031 - 2 sessions de 3h30, les 15 et 22 janvier 2026

Cette action est éligible à une prise en charge dans le cadre de votre forfait DPC. L'inscription se fait sur votre espace personnel de l'ANDPC : https://www.mondpc.fr

Programme détaillé : https://formasante-rhone.fr/programmes/douleur-chronique
Renseignements : 04 78 62 15 90

Pour ne plus recevoir nos informations : [[se désinscrire|https://formasante-rhone.fr/desinscription?e={tid}]]""",
         domains="mondpc.fr;formasante-rhone.fr", phones="+33478621590", auth="pass"),

    dict(key="en_cardio_congress", label="spam", lang="en", campaign="cardiology-congress",
         from_=("Global Cardiology Summit 2026", "info@globalcardiologysummit.com"),
         subject="Invitation: Global Cardiology Summit 2026, Barcelona - early bird ends soon",
         date="06 Nov 2025 12:00:00 +0100",
         list_unsubscribe="<mailto:unsubscribe@globalcardiologysummit.com>",
         body="""Dear Dr. {name},

We are delighted to invite you to the Global Cardiology Summit, 16-18 April 2026, in Barcelona, Spain.

Keynotes on heart failure, lipid management and cardiac imaging; 40 workshops; CME credits available.

Early bird registration (EUR 495) closes on 30 November:
https://globalcardiologysummit.com/registration

Submit an abstract: https://globalcardiologysummit.com/abstracts

Organising Committee
Global Cardiology Summit

You receive this email because you are listed as a healthcare professional. Unsubscribe: unsubscribe@globalcardiologysummit.com""",
         domains="globalcardiologysummit.com", phones="", auth="pass"),

    dict(key="jmg_lyon", label="spam", lang="fr",
         from_=("Journées de Médecine Générale de Lyon", "inscriptions@jmg-lyon.fr"),
         subject="JMG Lyon 2026 : le programme est en ligne !",
         date="03 Nov 2025 18:00:00 +0100",
         body="""Chère consœur, cher confrère,

Les 12es Journées de Médecine Générale de Lyon auront lieu les 19 et 20 mars 2026 au Centre de congrès.

Au programme : dermatologie pratique, santé mentale des adolescents, insuffisance cardiaque, ateliers de gestes techniques. Plusieurs ateliers sont éligibles au DPC.

Découvrez le programme et inscrivez-vous : https://www.jmg-lyon.fr/programme-2026

Le comité d'organisation

Se désinscrire : https://www.jmg-lyon.fr/newsletter/desinscription""",
         domains="jmg-lyon.fr", phones="", auth="pass"),

    dict(key="medilogic_vendor", label="spam", lang="fr",
         from_=("MédiLogic", "commercial@medilogic-cabinet.fr"),
         subject="Passez à un logiciel médical certifié Ségur - démo offerte",
         date="05 Nov 2025 10:30:00 +0100",
         body="""Docteur,

Votre logiciel de cabinet est-il prêt pour les nouvelles exigences du Ségur du numérique ?

MédiLogic Cabinet : dossier patient, ordonnances sécurisées, DMP, MSSanté et facturation SESAM-Vitale dans un seul outil. Reprise de vos données gratuite.

Réservez une démonstration de 30 minutes : https://www.medilogic-cabinet.fr/demo
ou appelez-nous au 04 37 24 88 10.

L'équipe commerciale MédiLogic

Vous ne souhaitez plus recevoir nos offres ? Répondez STOP à ce message.""",
         domains="medilogic-cabinet.fr", phones="+33437248810", auth="pass"),

    dict(key="tensiometres_promo", label="spam", lang="fr",
         from_=("Matériel Médical Direct", "promo@materiel-medical-direct.fr"),
         subject="-20 % sur les tensiomètres et oxymètres jusqu'à dimanche",
         date="06 Nov 2025 06:30:00 +0100",
         body="""Offre spéciale cabinets médicaux

Tensiomètre électronique bras professionnel : 89 € HT au lieu de 112 €
Oxymètre de pouls : 24 € HT au lieu de 30 €
Livraison offerte dès 150 € d'achat.

Voir les offres : https://www.materiel-medical-direct.fr/promotions

Matériel Médical Direct - SAS au capital de 50 000 € - 27 rue des Docks, 13002 Marseille

Désabonnement : https://www.materiel-medical-direct.fr/unsubscribe""",
         domains="materiel-medical-direct.fr", phones="", auth="pass"),

    dict(key="lettre_generaliste", label="spam", lang="fr",
         from_=("La Lettre du Généraliste", "newsletter@lettre-generaliste.fr"),
         subject="La Lettre du Généraliste n°412 : antibiothérapie, nouveautés 2026",
         date="07 Nov 2025 06:00:00 +0100",
         body="""La Lettre du Généraliste - n°412

À la une
- Angine et otite : les nouvelles durées d'antibiothérapie
- Certification périodique : ce que prévoit le référentiel des médecins généralistes
- Cas clinique : une fatigue qui traîne

Lire la lettre en ligne : https://www.lettre-generaliste.fr/numero-412

Abonnez-vous à l'édition papier : https://www.lettre-generaliste.fr/abonnement

Vous recevez cette lettre car vous êtes inscrit à notre newsletter. Se désinscrire : https://www.lettre-generaliste.fr/desinscription""",
         domains="lettre-generaliste.fr", phones="", auth="pass"),

    dict(key="assurance_rcp", label="spam", lang="fr",
         from_=("AssurPro Santé", "contact@assurpro-sante.fr"),
         subject="Votre RCP médicale : économisez jusqu'à 30 %",
         date="10 Nov 2025 09:00:00 +0100",
         body="""Docteur {name},

Courtier spécialisé dans l'assurance des professionnels de santé depuis 1998, AssurPro Santé compare pour vous les offres de responsabilité civile professionnelle.

Étude gratuite et sans engagement en 5 minutes : https://www.assurpro-sante.fr/devis-rcp

Un conseiller vous rappelle : 04 72 33 60 18

AssurPro Santé - ORIAS n° 09 051 234
Pour ne plus recevoir nos offres : https://www.assurpro-sante.fr/stop""",
         domains="assurpro-sante.fr", phones="+33472336018", auth="pass"),

    dict(key="local_pro", label="spam", lang="fr",
         from_=("Cabinet Immobilier Pro Santé", "annonces@immo-prosante.fr"),
         subject="Local médical 85 m² à louer - Villeurbanne Gratte-Ciel",
         date="11 Nov 2025 14:00:00 +0100",
         body="""Bonjour Docteur,

Nous vous proposons en exclusivité un local professionnel de 85 m² aux normes PMR, idéal pour un cabinet de groupe : 3 bureaux, salle d'attente, parking.

Loyer : 1 650 € HC par mois.

Visite sur rendez-vous au 04 78 84 21 07.
Voir l'annonce : https://www.immo-prosante.fr/annonce/villeurbanne-85m2

Cabinet Immobilier Pro Santé""",
         domains="immo-prosante.fr", phones="+33478842107", auth="pass"),

    dict(key="compta_liberal", label="spam", lang="fr",
         from_=("Comptaliber", "bonjour@comptaliber.fr"),
         subject="Médecins libéraux : votre 2035 sans stress",
         date="12 Nov 2025 11:00:00 +0100",
         body="""Bonjour Docteur {name},

La déclaration 2035 approche. Comptaliber, cabinet d'expertise comptable en ligne dédié aux professions de santé, prend en charge votre comptabilité pour 89 € HT par mois.

Premier rendez-vous offert : https://www.comptaliber.fr/medecins

Comptaliber - Inscrit au tableau de l'Ordre des experts-comptables
Se désabonner : https://www.comptaliber.fr/desabonnement""",
         domains="comptaliber.fr", phones="", auth="pass"),

    dict(key="elearning_dpc", label="spam", lang="fr",
         from_=("MedicFormation", "contact@medicformation.fr"),
         subject="12 modules e-learning DPC disponibles dès maintenant",
         date="13 Nov 2025 08:20:00 +0100",
         body="""Docteur,

MedicFormation, organisme de DPC habilité par l'ANDPC, met à votre disposition 12 programmes en e-learning : dermatologie, vaccination, insuffisance rénale, suivi du diabète...

Chaque programme est indemnisé selon les règles de l'ANDPC. Les inscriptions se font exclusivement depuis votre compte sur www.mondpc.fr.

Catalogue complet : https://www.medicformation.fr/catalogue-2026

MedicFormation - 01 53 20 44 71
Se désinscrire : https://www.medicformation.fr/desinscription""",
         domains="mondpc.fr;medicformation.fr", phones="+33153204471", auth="pass"),

    dict(key="webinaire_diabete", label="spam", lang="fr",
         from_=("Laboratoires Valmont - Information médicale", "infomed@valmont-labs.fr"),
         subject="Webinaire le 9 décembre : diabète de type 2, les nouvelles stratégies",
         date="14 Nov 2025 16:00:00 +0100",
         body="""Docteur,

Les Laboratoires Valmont vous invitent à un webinaire animé par le Pr Hélène Garnier (endocrinologie) :

Diabète de type 2 : quelle place pour les nouvelles classes thérapeutiques ?
Mardi 9 décembre 2025, 20h30 - 21h30

Inscription gratuite : https://events.valmont-labs.fr/webinaire-dt2

Ce message vous est adressé par les Laboratoires Valmont. Conformément au RGPD, vous pouvez vous opposer à la réception de nos messages : https://www.valmont-labs.fr/opposition""",
         domains="valmont-labs.fr", phones="", auth="pass"),

    dict(key="secretariat_distance", label="spam", lang="fr",
         from_=("Allo Secrétariat Médical", "contact@allo-secretariat-medical.fr"),
         subject="Un secrétariat médical 7j/7 à partir de 99 €/mois",
         date="17 Nov 2025 10:10:00 +0100",
         body="""Bonjour,

Débordé par le téléphone ? Nos secrétaires médicales prennent vos appels, gèrent votre agenda et filtrent les urgences, 7 jours sur 7.

Essai gratuit de 15 jours, sans engagement.

Découvrir nos offres : https://www.allo-secretariat-medical.fr/offres
Tél. 05 56 79 44 20

Allo Secrétariat Médical - Bordeaux
Désinscription : https://www.allo-secretariat-medical.fr/desinscription""",
         domains="allo-secretariat-medical.fr", phones="+33556794420", auth="pass"),

    dict(key="revue_abonnement", label="spam", lang="fr",
         from_=("Revue Pratique Médicale", "abonnements@revue-pratique-medicale.fr"),
         subject="Offre d'automne : -50 % sur votre abonnement",
         date="18 Nov 2025 07:00:00 +0100",
         body="""Docteur {name},

Pour l'automne, profitez de -50 % sur l'abonnement annuel à la Revue Pratique Médicale : 11 numéros papier + accès numérique illimité aux archives.

Je m'abonne : https://www.revue-pratique-medicale.fr/offre-automne

Offre valable jusqu'au 30 novembre 2025.
Pour ne plus recevoir de messages : https://www.revue-pratique-medicale.fr/stop""",
         domains="revue-pratique-medicale.fr", phones="", auth="pass"),

    dict(key="seminaire_certif", label="spam", lang="fr",
         from_=("Acteurs Formation Médicale", "info@acteurs-formation-medicale.fr"),
         subject="Certification périodique : comprendre vos obligations (soirée d'information)",
         date="19 Nov 2025 12:30:00 +0100",
         body="""Chère consœur, cher confrère,

La certification périodique s'applique à tous les médecins depuis le 1er janvier 2023. Comment s'y retrouver entre les 4 blocs, le DPC et les actions proposées par votre CNP ?

Notre organisme de formation organise une soirée d'information gratuite le jeudi 11 décembre à 20h à Lyon (Hôtel Mercure Part-Dieu), suivie d'une présentation de nos programmes de DPC.

Rappel : votre compte certification périodique est géré par l'Agence du Numérique en Santé, et les actions DPC s'inscrivent depuis votre espace Mon DPC. Nous ne vous demanderons jamais vos identifiants.

Inscription : https://www.acteurs-formation-medicale.fr/soiree-certification

Acteurs Formation Médicale - 04 81 91 65 32
Se désinscrire : https://www.acteurs-formation-medicale.fr/desinscription""",
         domains="acteurs-formation-medicale.fr", phones="+33481916532", auth="pass"),

    dict(key="remplacement_savoie", label="spam", lang="fr",
         from_=("MedRemplacement", "offres@medremplacement.fr"),
         subject="12 remplacements en station cet hiver - Savoie et Haute-Savoie",
         date="20 Nov 2025 18:20:00 +0100",
         body="""Bonjour Docteur,

Nos cabinets partenaires en station recherchent des remplaçants pour la saison d'hiver (décembre à avril) : Val Thorens, Les Arcs, Morzine, La Clusaz...

Rétrocession de 70 à 80 %, logement fourni.

Consulter les offres : https://www.medremplacement.fr/offres/hiver-2026

MedRemplacement - se désabonner : https://www.medremplacement.fr/unsubscribe""",
         domains="medremplacement.fr", phones="", auth="pass"),

    dict(key="panel_etude", label="spam", lang="fr",
         from_=("Panel Santé Études", "etudes@panel-sante-etudes.fr"),
         subject="Étude rémunérée (60 €) : votre avis sur la prise en charge de l'asthme",
         date="21 Nov 2025 08:50:00 +0100",
         body="""Bonjour Docteur {name},

Nous réalisons pour un laboratoire pharmaceutique une étude de marché auprès de médecins généralistes. Le questionnaire dure 25 minutes et est indemnisé 60 € (virement ou don à une association).

Participer : https://panel-sante-etudes.fr/survey/asthme-2025?p={tid}

Panel Santé Études - institut membre de la SYNTEC
Ne plus être sollicité : https://panel-sante-etudes.fr/optout""",
         domains="panel-sante-etudes.fr", phones="", auth="pass"),

    dict(key="echographie_formation", label="spam", lang="fr",
         from_=("Collège Échographie & Soins Primaires", "secretariat@echo-soins-primaires.fr"),
         subject="Formation échographie en médecine générale - sessions 2026",
         date="22 Nov 2025 11:45:00 +0100",
         body="""Cher confrère,

Le Collège Échographie & Soins Primaires ouvre les inscriptions à ses formations pratiques 2026 : échographie abdominale, thyroïdienne et de l'appareil locomoteur. Petits groupes de 8 participants, 60 % de pratique.

Certaines sessions sont proposées au titre du DPC (prise en charge ANDPC), les autres en financement FAF-PM.

Dates et tarifs : https://www.echo-soins-primaires.fr/formations-2026
Secrétariat : 03 83 27 14 59""",
         domains="echo-soins-primaires.fr", phones="+33383271459", auth="pass"),

    dict(key="mobilier_cabinet", label="spam", lang="fr",
         from_=("Cabimed Mobilier", "newsletter@cabimed-mobilier.fr"),
         subject="Black Friday : divans d'examen et mobilier médical",
         date="23 Nov 2025 09:00:00 +0100",
         body="""BLACK FRIDAY CABIMED

Divan d'examen électrique 2 plans : 1 290 € au lieu de 1 590 €
Tabouret ergonomique : 149 €
Chariot de soins inox : 229 €

J'en profite : https://www.cabimed-mobilier.fr/black-friday

Cabimed Mobilier, 15 avenue de l'Industrie, 59000 Lille - 03 20 44 19 73
Désinscription : https://www.cabimed-mobilier.fr/desinscription""",
         domains="cabimed-mobilier.fr", phones="+33320441973", auth="pass"),

    dict(key="teleconsult_vendor", label="spam", lang="fr",
         from_=("TéléDoc Solutions", "hello@teledoc-solutions.fr"),
         subject="Téléconsultation : équipez votre cabinet en 24h",
         date="16 Nov 2025 14:30:00 +0100",
         body="""Docteur,

Avec TéléDoc, proposez la téléconsultation à vos patients sans changer de logiciel : vidéo sécurisée HDS, paiement en ligne, compte rendu automatique.

Premier mois offert : https://www.teledoc-solutions.fr/essai

TéléDoc Solutions - Pour ne plus recevoir nos e-mails, cliquez ici : https://www.teledoc-solutions.fr/optout""",
         domains="teledoc-solutions.fr", phones="", auth="pass"),

    dict(key="croisiere_fmc", label="spam", lang="fr",
         from_=("MedEvasion Congrès", "contact@medevasion.fr"),
         subject="Croisière FMC en Méditerranée - mai 2026",
         date="09 Nov 2025 17:00:00 +0100",
         body="""Docteur,

Alliez formation et détente : 7 jours de croisière au départ de Marseille, 18 heures d'enseignement (cardiologie, gériatrie, pédiatrie) animées par des universitaires.

À partir de 2 190 € par personne en cabine double.

Brochure et réservation : https://www.medevasion.fr/croisiere-fmc-2026
Renseignements : 04 91 55 27 38

MedEvasion Congrès - IM013110045""",
         domains="medevasion.fr", phones="+33491552738", auth="pass"),

    # ------------------------------------------------------------ English spam
    dict(key="en_call_for_papers", label="spam", lang="en",
         from_=("Journal of Clinical Case Reports and Reviews", "editor@jccrr-journal.org"),
         subject="Call for papers - Volume 8 Issue 6 - 40% APC waiver",
         date="04 Nov 2025 05:10:00 +0100",
         body="""Dear Dr. {name},

Greetings from the Journal of Clinical Case Reports and Reviews!

We have read your recent work with great interest and invite you to submit a case report, review or short communication for our upcoming issue. Authors who submit before 15 December receive a 40% waiver on the article processing charge.

Submit online: https://www.jccrr-journal.org/submit

With regards,
Sarah Mitchell
Editorial Office

To unsubscribe, reply with REMOVE in the subject line.""",
         domains="jccrr-journal.org", phones="", auth="pass"),

    dict(key="en_ai_scribe", label="spam", lang="en",
         from_=("Nora from ScribeWell", "nora@scribewell.ai"),
         subject="Save 2 hours a day on clinical notes",
         date="07 Nov 2025 15:00:00 +0100",
         body="""Hi Dr. {name},

ScribeWell listens to your consultations (with patient consent) and writes structured notes straight into your EHR. GDPR compliant, hosted in the EU, available in French and English.

Start a free 14-day trial: https://scribewell.ai/trial
Or book a 15-minute demo: https://scribewell.ai/demo

Best,
Nora
ScribeWell

Not interested? Unsubscribe: https://scribewell.ai/unsubscribe""",
         domains="scribewell.ai", phones="", auth="pass"),

    dict(key="en_webinar_hub", label="spam", lang="en",
         from_=("ClinicianHub Live", "events@clinicianhub.com"),
         subject="Live webinar: managing long COVID in primary care",
         date="10 Nov 2025 19:00:00 +0100",
         body="""Join our free live webinar

Managing long COVID in primary care: what the evidence says in 2025
Thursday, 4 December, 7:00 PM CET

Speakers: Dr. Anna Lindqvist (Karolinska) and Dr. Marc Dubois (Université de Montréal)

Reserve your seat: https://www.clinicianhub.com/live/long-covid

ClinicianHub, 120 Old Street, London EC1V 9BD, UK
Manage preferences: https://www.clinicianhub.com/preferences""",
         domains="clinicianhub.com", phones="", auth="pass"),

    dict(key="en_medtech_weekly", label="spam", lang="en",
         from_=("MedTech Weekly", "newsletter@medtechweekly.io"),
         subject="MedTech Weekly #187: wearable ECG patches, AI triage, FDA clearances",
         date="12 Nov 2025 06:00:00 +0100",
         body="""MedTech Weekly #187

1. Wearable ECG patches: the new generation reviewed
2. AI triage in emergency departments: early results
3. Ten FDA clearances you may have missed

Read online: https://medtechweekly.io/issues/187

You are receiving this because you subscribed at medtechweekly.io. Unsubscribe: https://medtechweekly.io/unsubscribe""",
         domains="medtechweekly.io", phones="", auth="pass"),

    dict(key="en_ultrasound_sale", label="spam", lang="en",
         from_=("SonoMed Europe Sales", "sales@sonomed-europe.com"),
         subject="Year-end offer on portable ultrasound systems",
         date="14 Nov 2025 10:00:00 +0100",
         body="""Dear Doctor,

Our year-end offer on the SonoMed P5 portable ultrasound system: EUR 7,900 instead of EUR 9,400, including a linear and a convex probe and two years of warranty.

Request a quote: https://www.sonomed-europe.com/p5-offer
Call our French desk: +33 1 76 21 45 90

SonoMed Europe B.V., Rotterdam
Unsubscribe: https://www.sonomed-europe.com/unsubscribe""",
         domains="sonomed-europe.com", phones="+33176214590", auth="pass"),

    dict(key="en_locum_ireland", label="spam", lang="en",
         from_=("GreenLocum Recruitment", "jobs@greenlocum.ie"),
         subject="GP locum roles in Ireland - EUR 900/day",
         date="17 Nov 2025 09:30:00 +0100",
         body="""Hello Dr. {name},

We are recruiting EU-qualified GPs for locum placements across Ireland (1 to 12 weeks), EUR 850-900 per day, travel and accommodation covered, IMC registration support provided.

See current vacancies: https://www.greenlocum.ie/vacancies

Kind regards,
Ciara Byrne
GreenLocum Recruitment, Dublin - +353 1 555 0140

To stop receiving job alerts, click https://www.greenlocum.ie/unsubscribe""",
         domains="greenlocum.ie", phones="+35315550140", auth="pass"),

    dict(key="en_primary_care_summit", label="spam", lang="en",
         from_=("European Primary Care Summit", "hello@primarycaresummit.eu"),
         subject="Lisbon, June 2026: speakers announced",
         date="19 Nov 2025 13:00:00 +0100",
         body="""The European Primary Care Summit returns to Lisbon on 11-13 June 2026.

This year's speakers include family physicians, researchers and policy makers from 22 countries. Sessions on multimorbidity, digital health and continuity of care.

See the programme and register: https://primarycaresummit.eu/2026

European Primary Care Summit
Unsubscribe: https://primarycaresummit.eu/unsubscribe""",
         domains="primarycaresummit.eu", phones="", auth="pass"),

    dict(key="en_paid_survey", label="spam", lang="en",
         from_=("Physician Insights Panel", "surveys@physicianinsights.com"),
         subject="Earn USD 75: 20-minute survey for French GPs",
         date="20 Nov 2025 16:20:00 +0100",
         body="""Dear Dr. {name},

We are looking for general practitioners in France to take part in a 20-minute online survey on vaccination practices. You will receive USD 75 upon completion.

Take the survey: https://physicianinsights.com/s/fr-gp-vax?rid={tid}

Physician Insights Panel is a member of ESOMAR. Your answers are confidential.
Opt out: https://physicianinsights.com/optout""",
         domains="physicianinsights.com", phones="", auth="pass"),

    dict(key="en_book_publishing", label="spam", lang="en",
         from_=("Lucas Hart - Meridian Academic Press", "lucas.hart@meridianacademicpress.com"),
         subject="Turn your clinical experience into a book",
         date="08 Nov 2025 11:25:00 +0100",
         body="""Dear Dr. {name},

Many physicians have a book in them. Meridian Academic Press helps doctors publish practical guides and memoirs, with editing, design and worldwide distribution.

Our publishing packages start at USD 1,950. Learn more: https://meridianacademicpress.com/physician-authors

Best regards,
Lucas Hart
Acquisitions Editor

If you would rather not hear from us, just reply "no thanks".""",
         domains="meridianacademicpress.com", phones="", auth="pass"),

    dict(key="agenda_vendor", label="spam", lang="fr",
         from_=("RDVmédical", "contact@rdvmedical-agenda.fr"),
         subject="Votre agenda en ligne sans commission : 39 €/mois",
         date="15 Nov 2025 09:40:00 +0100",
         body="""Docteur,

RDVmédical est l'agenda en ligne conçu par des médecins : prise de rendez-vous 24h/24, rappels SMS, téléconsultation incluse, sans engagement.

39 € HT par mois, premier mois offert.

Essayer gratuitement : https://www.rdvmedical-agenda.fr/essai
Une question ? 04 26 78 30 12

Se désinscrire : https://www.rdvmedical-agenda.fr/desinscription""",
         domains="rdvmedical-agenda.fr", phones="+33426783012", auth="pass"),

    dict(key="en_med_tourism", label="spam", lang="en",
         from_=("Istanbul Health Partners", "partners@istanbulhealthpartners.com"),
         subject="Partnership proposal for your patients",
         date="16 Nov 2025 12:10:00 +0100",
         body="""Dear Dr. {name},

Istanbul Health Partners works with JCI-accredited hospitals in Istanbul for orthopaedic, ophthalmic and dental surgery. We are looking for referring physicians in France and offer a dedicated coordinator for every patient.

Brochure and price list: https://istanbulhealthpartners.com/physicians

WhatsApp: +90 532 555 01 87

Kind regards,
Deniz Aksoy, Partnerships Manager

If you do not wish to hear from us, reply UNSUBSCRIBE.""",
         domains="istanbulhealthpartners.com", phones="+905325550187", auth="pass"),

    dict(key="en_stethoscope_promo", label="spam", lang="en",
         from_=("AuscultaPro Store", "offers@auscultapro.com"),
         subject="Black Friday: 30% off electronic stethoscopes",
         date="21 Nov 2025 08:00:00 +0100",
         body="""Black Friday at AuscultaPro

Electronic stethoscope E2 with noise cancellation: EUR 279 instead of EUR 399
Cardiology stethoscope C3: EUR 149

Free shipping across the EU. Offer ends Monday.

Shop now: https://www.auscultapro.com/black-friday

AuscultaPro Ltd, Dublin. Unsubscribe: https://www.auscultapro.com/unsubscribe""",
         domains="auscultapro.com", phones="", auth="pass"),
]


LEGIT = [
    # ------------------------------------------------------------ campaigns
    dict(key="andpc_certif_info", label="legitimate", lang="fr", campaign="andpc-info-certification",
         from_=("Agence nationale du DPC", "communication@agencedpc.fr"),
         subject="Certification périodique et DPC : ce qu'il faut savoir",
         date="05 Nov 2025 10:00:00 +0100",
         html_top='<img src="https://www.agencedpc.fr/sites/default/files/logo-andpc.png" alt="Agence nationale du DPC" width="200">',
         body="""Madame, Monsieur,

Vous êtes nombreux à nous interroger sur l'articulation entre le développement professionnel continu et la certification périodique.

Les actions de DPC que vous suivez sont prises en compte dans votre parcours de certification périodique. Votre compte certification périodique est géré par l'Agence du Numérique en Santé ; l'Ordre des médecins est chargé de contrôler le respect de l'obligation.

Soyez vigilants : l'ANDPC ne vous contacte jamais par téléphone pour vous proposer une formation et ne vous demande jamais votre mot de passe. Inscrivez-vous uniquement depuis votre espace personnel sur https://www.mondpc.fr

En savoir plus : https://www.agencedpc.fr/professionnel/

L'Agence nationale du Développement Professionnel Continu""",
         domains="agencedpc.fr;mondpc.fr", phones="", auth="pass"),

    dict(key="ordre_newsletter", label="legitimate", lang="fr", campaign="cnom-newsletter-certification",
         from_=("Ordre des médecins", "newsletter@ordre.medecin.fr"),
         subject="Lettre d'information de l'Ordre - Novembre 2025",
         date="13 Nov 2025 17:30:00 +0100",
         body="""Lettre d'information - Novembre 2025

Certification périodique : attention aux démarchages abusifs
Des médecins nous signalent des appels et des courriels se réclamant d'une « direction régionale de certification périodique », qui n'existe pas. L'Ordre est la seule instance compétente pour contrôler la certification périodique. Ne communiquez jamais vos identifiants.
Lire l'article : https://www.ordre.medecin.fr/actualites/demarchage-certification-periodique

Chambre disciplinaire : les décisions de radiation sont prononcées uniquement par les juridictions ordinales, après une procédure contradictoire.

Entraide : un numéro d'écoute est à votre disposition, 0800 288 038.

Se désinscrire : https://www.ordre.medecin.fr/newsletter/desinscription""",
         domains="medecin.fr", phones="+33800288038", auth="pass"),

    # ------------------------------------------------------------ unique, French
    dict(key="mondpc_inscription", label="legitimate", lang="fr",
         from_=("Mon DPC", "ne-pas-repondre@mondpc.fr"),
         subject="Confirmation de votre inscription à l'action n° 45212500031",
         date="03 Nov 2025 15:25:00 +0100",
         body="""Bonjour Docteur {name},

Votre inscription à l'action de DPC n° 45212500031, session n° 2 (« Douleur chronique : repérage, évaluation et prise en charge »), a bien été enregistrée.

Organisme : FormaSanté Rhône
Dates : 15 et 22 janvier 2026

Vous pouvez suivre votre inscription et votre forfait dans votre espace : https://www.mondpc.fr

Ceci est un message automatique, merci de ne pas y répondre.
Agence nationale du DPC""",
         domains="mondpc.fr", phones="", auth="pass"),

    dict(key="ordre_cotisation_real", label="legitimate", lang="fr",
         from_=("Conseil départemental de l'Ordre des médecins", "cotisations@cdom69.ordre.medecin.fr"),
         subject="Appel de cotisation ordinale 2026",
         date="04 Nov 2025 09:00:00 +0100",
         body="""Chère consœur, cher confrère,

Le Conseil national a fixé le montant de la cotisation ordinale 2026 à 345 €. Vous pouvez la régler dès à présent en ligne, par prélèvement ou par chèque, depuis votre espace personnel :
https://www.ordre.medecin.fr/espace-medecin

Le paiement en ligne est sécurisé et ne vous sera jamais demandé par téléphone. Aucun virement sur un IBAN communiqué par courriel ne vous sera demandé.

Le Trésorier""",
         domains="medecin.fr", phones="", auth="pass"),

    dict(key="ameli_releve", label="legitimate", lang="fr",
         from_=("Assurance Maladie", "ne-pas-repondre@ameli.fr"),
         subject="Votre relevé individuel d'activité et de prescriptions est disponible",
         date="06 Nov 2025 08:00:00 +0100",
         body="""Docteur,

Votre relevé individuel d'activité et de prescriptions (RIAP) du 3e trimestre 2025 est disponible dans votre espace amelipro.

Pour le consulter, connectez-vous à amelipro avec votre carte CPS ou votre e-CPS : https://espacepro.ameli.fr

Votre caisse d'Assurance Maladie

Ce message vous est adressé automatiquement, merci de ne pas y répondre.""",
         domains="ameli.fr", phones="", auth="pass"),

    dict(key="urssaf_echeancier", label="legitimate", lang="fr",
         from_=("Urssaf", "ne-pas-repondre@urssaf.fr"),
         subject="Votre échéancier de cotisations 2026 est disponible",
         date="07 Nov 2025 07:30:00 +0100",
         body="""Madame, Monsieur,

Votre échéancier de cotisations et contributions sociales personnelles pour 2026 est disponible dans votre espace en ligne.

Consultez-le sur urssaf.fr, rubrique Mes documents : https://www.urssaf.fr/accueil/espace-personnel.html

Pour toute question, utilisez la messagerie sécurisée de votre espace.

Votre Urssaf""",
         domains="urssaf.fr", phones="", auth="pass"),

    dict(key="has_recommandations", label="legitimate", lang="fr",
         from_=("HAS - Haute Autorité de Santé", "lettre@has-sante.fr"),
         subject="HAS Actualités & Pratiques - novembre 2025",
         date="10 Nov 2025 12:00:00 +0100",
         body="""HAS Actualités & Pratiques

Certification périodique : les référentiels de 12 conseils nationaux professionnels sont publiés
https://www.has-sante.fr/jcms/certification-periodique-referentiels

Recommandation : prise en charge de l'hypertension artérielle de l'adulte (mise à jour)
https://www.has-sante.fr/jcms/recommandation-hta-2025

Vous recevez cette lettre car vous y êtes abonné. Gérer mon abonnement : https://www.has-sante.fr/abonnements""",
         domains="has-sante.fr", phones="", auth="pass"),

    dict(key="ars_alerte", label="legitimate", lang="fr",
         from_=("ARS Auvergne-Rhône-Alpes", "ars-ara-alerte@ars.sante.fr"),
         subject="Information des professionnels de santé : épidémie de bronchiolite",
         date="11 Nov 2025 16:45:00 +0100",
         body="""Mesdames et Messieurs les professionnels de santé,

L'épidémie de bronchiolite est déclarée en Auvergne-Rhône-Alpes depuis la semaine 45. Nous vous rappelons les recommandations de prise en charge et les modalités d'orientation vers les services d'urgences pédiatriques.

Documents de référence : https://www.auvergne-rhone-alpes.ars.sante.fr/bronchiolite-professionnels

Point focal régional de veille sanitaire : 04 72 34 31 15

Le directeur général de l'ARS Auvergne-Rhône-Alpes""",
         domains="sante.fr", phones="+33472343115", auth="pass"),

    dict(key="mondpc_reset_real", label="legitimate", lang="fr",
         from_=("Mon DPC", "ne-pas-repondre@mondpc.fr"),
         subject="Réinitialisation de votre mot de passe",
         date="12 Nov 2025 21:04:00 +0100",
         body="""Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre compte Mon DPC.

Pour choisir un nouveau mot de passe, cliquez sur le lien ci-dessous (valable 1 heure) :
https://www.mondpc.fr/mondpc/reinitialisation?token={tid}

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.

Agence nationale du DPC""",
         domains="mondpc.fr", phones="", auth="pass"),

    dict(key="psc_ecps_activation", label="legitimate", lang="fr",
         from_=("Pro Santé Connect", "ne-pas-repondre@esante.gouv.fr"),
         subject="Activation de votre e-CPS",
         date="13 Nov 2025 10:20:00 +0100",
         body="""Bonjour,

Vous avez demandé l'activation de votre carte e-CPS depuis l'application e-CPS.

Votre code d'activation est : 538 207

Si vous n'êtes pas à l'origine de cette demande, ne communiquez ce code à personne et consultez : https://esante.gouv.fr/produits-services/e-cps

L'Agence du Numérique en Santé""",
         domains="esante.gouv.fr", phones="", auth="pass"),

    dict(key="cdom_convocation", label="legitimate", lang="fr",
         from_=("Secrétariat CDOM 69", "secretariat@cdom69.ordre.medecin.fr"),
         subject="Convocation - commission de qualification du 4 décembre",
         date="14 Nov 2025 11:00:00 +0100",
         body="""Docteur,

Nous vous prions de bien vouloir trouver ci-joint votre convocation à la commission de qualification qui se tiendra le jeudi 4 décembre 2025 à 14h au siège du conseil départemental.

Merci de nous confirmer votre présence par retour de courriel ou au 04 78 68 48 28.

Bien confraternellement,
Le secrétariat du Conseil départemental du Rhône de l'Ordre des médecins""",
         domains="", phones="+33478684828", auth="pass"),

    dict(key="bulletin_disciplinaire", label="legitimate", lang="fr",
         from_=("Bulletin de l'Ordre des médecins", "bulletin@ordre.medecin.fr"),
         subject="Le Bulletin n°98 est en ligne",
         date="15 Nov 2025 09:30:00 +0100",
         body="""Le Bulletin de l'Ordre des médecins n°98 - novembre-décembre 2025

Au sommaire :
- Dossier : la certification périodique, deux ans après
- Juridique : comment se déroule une procédure devant la chambre disciplinaire (de l'avertissement à la radiation)
- Entraide : nos dispositifs pour les médecins en difficulté

Lire le Bulletin : https://www.ordre.medecin.fr/bulletin/98

Conseil national de l'Ordre des médecins""",
         domains="medecin.fr", phones="", auth="pass"),

    dict(key="colleague_referral", label="legitimate", lang="fr",
         from_=("Dr Antoine Lefèvre", "antoine.lefevre.cardio@gmail.com"),
         subject="Mme D. - compte rendu d'échographie cardiaque",
         date="16 Nov 2025 19:12:00 +0100", html=False,
         body="""Cher confrère,

Je vous adresse le compte rendu de l'échographie cardiaque de votre patiente Mme D. (née en 1948) réalisée ce jour : FEVG conservée, IM minime. Pas de modification thérapeutique de mon côté.

J'ai dû utiliser ma messagerie personnelle, notre MSSanté étant en panne depuis ce matin ; n'hésitez pas à m'appeler au cabinet au 04 78 52 63 90 si besoin.

Bien confraternellement,
Antoine Lefèvre
Cardiologue - 12 cours Gambetta, Lyon 3e""",
         domains="", phones="+33478526390", auth="pass"),

    dict(key="chu_compte_rendu", label="legitimate", lang="fr",
         from_=("HCL - Hospices Civils de Lyon", "no-reply@chu-lyon.fr"),
         subject="Nouveau document disponible pour votre patient",
         date="17 Nov 2025 13:40:00 +0100",
         body="""Docteur,

Un compte rendu d'hospitalisation concernant l'un de vos patients a été déposé dans votre messagerie sécurisée de santé.

Pour le consulter, connectez-vous à votre messagerie MSSanté habituelle. Aucun document médical n'est transmis par ce courriel.

Informations sur le service : https://www.chu-lyon.fr/professionnels-de-sante

Hospices Civils de Lyon - Direction des systèmes d'information""",
         domains="chu-lyon.fr", phones="", auth="pass"),

    dict(key="doctolib_new_login", label="legitimate", lang="fr",
         from_=("Doctolib", "no-reply@doctolib.fr"),
         subject="Nouvelle connexion à votre compte Doctolib Pro",
         date="18 Nov 2025 08:05:00 +0100",
         body="""Bonjour,

Une nouvelle connexion à votre compte Doctolib Pro a été détectée :
Appareil : Chrome sur Windows
Lieu approximatif : Lyon, France
Date : 18/11/2025 à 08:04

Si c'est bien vous, aucune action n'est nécessaire.
Sinon, modifiez votre mot de passe depuis vos paramètres : https://pro.doctolib.fr/settings/security

L'équipe Doctolib""",
         domains="doctolib.fr", phones="", auth="pass"),

    dict(key="urssaf_attestation", label="legitimate", lang="fr",
         from_=("Urssaf", "ne-pas-repondre@urssaf.fr"),
         subject="Votre attestation de vigilance est disponible",
         date="19 Nov 2025 06:40:00 +0100",
         body="""Madame, Monsieur,

Votre attestation de vigilance a été générée. Elle est disponible dans votre espace en ligne, rubrique Mes attestations.

https://www.urssaf.fr/accueil/espace-personnel.html

Nous vous rappelons que l'Urssaf ne vous demande jamais vos coordonnées bancaires ou vos identifiants par courriel ou par SMS.

Votre Urssaf""",
         domains="urssaf.fr", phones="", auth="pass"),

    dict(key="formation_confirmation", label="legitimate", lang="fr",
         from_=("Institut de Formation Médicale Continue de Lyon", "inscriptions@ifmc-lyon.fr"),
         subject="Votre convocation - session DPC du 12 décembre",
         date="20 Nov 2025 10:15:00 +0100",
         body="""Docteur {name},

Nous vous confirmons votre participation à la session « Dépistage des cancers en médecine générale » (action DPC n° 12342500087) le vendredi 12 décembre 2025, de 9h à 17h30, 20 rue de la Part-Dieu, Lyon 3e.

Pensez à vérifier que votre inscription apparaît bien dans votre espace Mon DPC.

Plan d'accès : https://www.ifmc-lyon.fr/acces

Secrétariat pédagogique - 04 72 60 11 84""",
         domains="ifmc-lyon.fr", phones="+33472601184", auth="pass"),

    dict(key="andpc_forfait", label="legitimate", lang="fr",
         from_=("Agence nationale du DPC", "ne-pas-repondre@agencedpc.fr"),
         subject="Votre forfait DPC 2026",
         date="21 Nov 2025 09:10:00 +0100",
         body="""Madame, Monsieur,

Les orientations prioritaires et les forfaits de prise en charge pour l'année 2026 ont été publiés. Votre forfait individuel est consultable dans votre espace personnel, ainsi que les actions auxquelles vous êtes inscrit.

Connectez-vous à votre espace : https://www.mondpc.fr
Textes de référence : https://www.agencedpc.fr/professionnel/

Nous vous rappelons que l'Agence ne vous contactera jamais pour vous demander vos identifiants.

L'Agence nationale du DPC""",
         domains="mondpc.fr;agencedpc.fr", phones="", auth="pass"),

    dict(key="ministere_grippe", label="legitimate", lang="fr",
         from_=("DGS-Urgent", "dgs-urgent@sante.gouv.fr"),
         subject="DGS-Urgent n°2025-17 : campagne de vaccination antigrippale",
         date="22 Nov 2025 14:00:00 +0100",
         body="""DGS-URGENT N°2025-17

Campagne de vaccination contre la grippe saisonnière 2025-2026

Madame, Monsieur,

La campagne de vaccination contre la grippe saisonnière se poursuit jusqu'au 31 janvier 2026. Vous trouverez les recommandations et les documents d'information des patients sur le site du ministère :
https://sante.gouv.fr/professionnels/vaccination-grippe

Le directeur général de la santé""",
         domains="sante.gouv.fr", phones="", auth="pass"),

    dict(key="comptable_bilan", label="legitimate", lang="fr",
         from_=("Cabinet Bertrand & Associés", "m.roux@bertrand-associes-expertise.fr"),
         subject="Bilan 2025 - pièces à nous transmettre",
         date="23 Nov 2025 11:20:00 +0100",
         body="""Bonjour Docteur {name},

Afin de préparer votre déclaration 2035, merci de déposer d'ici le 15 janvier vos relevés bancaires professionnels de décembre et vos factures d'immobilisations 2025 sur votre espace client habituel :
https://clients.bertrand-associes-expertise.fr

Je reste à votre disposition au 04 78 95 12 30.

Bien cordialement,
Mathilde Roux
Collaboratrice comptable""",
         domains="bertrand-associes-expertise.fr", phones="+33478951230", auth="pass"),

    dict(key="patient_ordonnance", label="legitimate", lang="fr",
         from_=("Jacqueline Perrin", "jacqueline.perrin42@orange.fr"),
         subject="Renouvellement ordonnance",
         date="09 Nov 2025 18:30:00 +0100", html=False,
         body="""Bonjour Docteur,

Je suis en vacances chez ma fille à Nantes jusqu'au 20 et il me manque mon traitement pour la tension. Serait-il possible de m'envoyer une ordonnance par mail ? Vous pouvez me joindre au 06 12 48 93 57.

Merci beaucoup,
Jacqueline Perrin""",
         domains="", phones="+33612489357", auth="pass"),

    dict(key="cpam_rosp_reunion", label="legitimate", lang="fr",
         from_=("CPAM du Rhône - Délégués de l'Assurance Maladie", "dam.cpam-rhone@ameli.fr"),
         subject="Invitation : réunion d'information sur le forfait médecin traitant",
         date="08 Nov 2025 10:00:00 +0100",
         body="""Docteur,

La CPAM du Rhône organise une réunion d'information sur les évolutions du forfait médecin traitant le mardi 2 décembre à 20h (salle Molière, Lyon 2e).

Inscription auprès de votre délégué : 04 72 33 50 00 ou sur amelipro.

Informations : https://www.ameli.fr/rhone/medecin/actualites

Service des relations avec les professionnels de santé""",
         domains="ameli.fr", phones="+33472335000", auth="pass"),

    dict(key="ans_newsletter", label="legitimate", lang="fr",
         from_=("Agence du Numérique en Santé", "newsletter@esante.gouv.fr"),
         subject="La lettre de l'ANS - novembre 2025",
         date="16 Nov 2025 08:00:00 +0100",
         body="""La lettre de l'ANS

Certification périodique : le téléservice de suivi sera ouvert progressivement aux médecins en 2026. Vous serez informés par votre Ordre de la date d'ouverture ; aucun organisme privé n'est mandaté pour créer votre compte.
https://esante.gouv.fr/certification-periodique

Pro Santé Connect : plus de 600 000 e-CPS activées
https://esante.gouv.fr/produits-services/pro-sante-connect

Se désabonner : https://esante.gouv.fr/newsletter/desinscription""",
         domains="esante.gouv.fr", phones="", auth="pass"),

    dict(key="ordre_identifiants", label="legitimate", lang="fr",
         from_=("Ordre des médecins - Espace médecin", "ne-pas-repondre@ordre.medecin.fr"),
         subject="Vos identifiants de connexion à l'espace médecin",
         date="17 Nov 2025 15:05:00 +0100",
         body="""Docteur {name},

Suite à votre demande du 17/11/2025, voici votre identifiant de connexion à l'espace médecin : votre numéro RPPS.

Pour définir votre mot de passe, utilisez le lien ci-dessous (valable 24 heures) :
https://www.ordre.medecin.fr/espace-medecin/activation?k={tid}

Si vous n'avez pas fait cette demande, contactez votre conseil départemental.

Conseil national de l'Ordre des médecins""",
         domains="medecin.fr", phones="", auth="pass"),

    dict(key="remplacement_contrat", label="legitimate", lang="fr",
         from_=("Camille Girard", "camille.girard.med@laposte.net"),
         subject="Contrat de remplacement - fin décembre",
         date="18 Nov 2025 20:10:00 +0100", html=False,
         body="""Bonjour Docteur {name},

Comme convenu par téléphone, je vous confirme ma disponibilité pour votre remplacement du 22 décembre au 2 janvier. Je vous envoie le contrat type de l'Ordre complété et signé ; pourriez-vous le transmettre au conseil départemental ?

Ma licence de remplacement est valable jusqu'en octobre 2026.

Bien confraternellement,
Camille Girard
06 71 33 28 45""",
         domains="", phones="+33671332845", auth="pass"),

    dict(key="ars_pds_planning", label="legitimate", lang="fr",
         from_=("ARS Auvergne-Rhône-Alpes - Permanence des soins", "ars-ara-pdsa@ars.sante.fr"),
         subject="PDSA : planning des gardes du 1er trimestre 2026 à compléter",
         date="19 Nov 2025 09:45:00 +0100",
         body="""Docteur,

Le planning de la permanence des soins ambulatoires du 1er trimestre 2026 est ouvert à la saisie pour votre secteur jusqu'au 10 décembre, sur l'outil habituel Ordigard :
https://www.ordigard.sante.fr

Pour toute difficulté : pdsa-ara@ars.sante.fr

Le pôle Offre de soins de premier recours""",
         domains="sante.fr", phones="", auth="pass"),

    dict(key="ameli_teletransmission", label="legitimate", lang="fr",
         from_=("amelipro", "ne-pas-repondre@ameli.fr"),
         subject="Rejets de télétransmission : 3 factures à corriger",
         date="20 Nov 2025 07:20:00 +0100",
         body="""Docteur,

3 factures télétransmises entre le 10 et le 14 novembre ont été rejetées (motif : droits du patient non ouverts à la date des soins).

Consultez le détail des rejets dans amelipro, rubrique Activités > Factures : https://espacepro.ameli.fr

Votre caisse d'Assurance Maladie""",
         domains="ameli.fr", phones="", auth="pass"),

    # ------------------------------------------------------------ unique, English
    dict(key="en_colleague_geneva", label="legitimate", lang="en",
         from_=("Dr. Laura Bianchi", "laura.bianchi@hcuge.ch"),
         subject="Referral back: your patient Mr. K., follow-up after cardiology stay",
         date="05 Nov 2025 17:10:00 +0100",
         body="""Dear colleague,

Your patient Mr. K. was discharged yesterday from our cardiology ward after an uncomplicated PCI. The discharge letter has been sent by secure mail; please find the follow-up plan there (dual antiplatelet therapy for 12 months, cardiac rehabilitation).

I am happy to discuss him on +41 22 372 33 11.

Kind regards,
Laura Bianchi, MD
Cardiology, Geneva University Hospitals""",
         domains="", phones="+41223723311", auth="pass"),

    dict(key="en_bmj_submission", label="legitimate", lang="en",
         from_=("BMJ Case Reports Editorial Office", "casereports@bmj.com"),
         subject="Manuscript received: bcr-2025-261487",
         date="07 Nov 2025 13:45:00 +0100",
         body="""Dear Dr. {name},

Thank you for submitting your manuscript "Delayed diagnosis of Lyme carditis in a rural practice" to BMJ Case Reports. Your manuscript ID is bcr-2025-261487.

You can follow its progress in your author centre: https://mc.manuscriptcentral.com/bmjcasereports

Yours sincerely,
Editorial Office, BMJ Case Reports""",
         domains="manuscriptcentral.com", phones="", auth="pass"),

    dict(key="en_wonca_registration", label="legitimate", lang="en",
         from_=("WONCA Europe 2026 Registration", "registration@woncaeurope2026.org"),
         subject="Registration confirmed - WONCA Europe Conference 2026",
         date="09 Nov 2025 10:30:00 +0100",
         body="""Dear Dr. {first} {name},

Thank you for registering for the WONCA Europe Conference 2026. Your registration number is WE26-04418 and your payment of EUR 520 has been received.

Your invoice and badge will be available in your participant area: https://www.woncaeurope2026.org/participant

We look forward to welcoming you.

Conference Secretariat""",
         domains="woncaeurope2026.org", phones="", auth="pass"),

    dict(key="en_zoom_colleague", label="legitimate", lang="en",
         from_=("Peter Novak", "peter.novak@uniklinik-freiburg.de"),
         subject="Zoom link for Thursday's tumour board",
         date="12 Nov 2025 16:05:00 +0100", html=False,
         body="""Hi {first},

As discussed, here is the link for Thursday's cross-border tumour board (5 pm CET):
https://uni-freiburg.zoom.us/j/84512937760

Meeting ID: 845 1293 7760

Best,
Peter""",
         domains="zoom.us", phones="", auth="pass"),

    dict(key="en_esc_receipt", label="legitimate", lang="en",
         from_=("ESC Membership", "membership@escardio.org"),
         subject="Your ESC membership renewal receipt",
         date="14 Nov 2025 09:00:00 +0100",
         body="""Dear Dr. {name},

Thank you for renewing your Silver Membership of the European Society of Cardiology for 2026. Your receipt is available in My ESC account:
https://www.escardio.org/myESC

European Society of Cardiology
Les Templiers, 2035 route des Colles, 06903 Sophia Antipolis, France""",
         domains="escardio.org", phones="", auth="pass"),

    dict(key="en_microsoft_code", label="legitimate", lang="en",
         from_=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
         subject="Microsoft account security code",
         date="15 Nov 2025 20:31:00 +0100",
         body="""Microsoft account

Security code

Please use the following security code for the Microsoft account {email}.

Security code: 482105

If you don't recognize the Microsoft account {email}, you can click [[here|https://account.live.com/dp?ft={tid}]] to remove your email address from that account.

Thanks,
The Microsoft account team""",
         domains="live.com", phones="", auth="pass"),

    dict(key="en_who_newsletter", label="legitimate", lang="en",
         from_=("World Health Organization", "newsletter@who.int"),
         subject="WHO news: World Antimicrobial Resistance Awareness Week",
         date="18 Nov 2025 12:00:00 +0100",
         body="""World AMR Awareness Week, 18-24 November 2025

This year's theme calls on health workers to act now to protect our present and secure our future. Find the campaign materials and the latest surveillance report:
https://www.who.int/campaigns/world-amr-awareness-week

You are receiving this newsletter because you subscribed on who.int. Unsubscribe: https://www.who.int/newsletters/unsubscribe""",
         domains="who.int", phones="", auth="pass"),

    dict(key="en_patient_records", label="legitimate", lang="en",
         from_=("Thomas Whitfield", "t.whitfield@btinternet.com"),
         subject="Request for my medical records",
         date="21 Nov 2025 18:45:00 +0100", html=False,
         body="""Dear Dr. {name},

I was your patient while I lived in Lyon (2019-2024). I have now moved back to England and my new GP in Bristol would like a summary of my records, in particular my vaccinations and the results of my last blood tests.

Could you send them to me, or tell me how to make a formal request? My phone is +44 7911 123456.

Many thanks,
Thomas Whitfield""",
         domains="", phones="+447911123456", auth="pass"),

    dict(key="mailiz_notification", label="legitimate", lang="fr",
         from_=("Mailiz - Messagerie sécurisée de santé", "notification@mailiz.mssante.fr"),
         subject="Vous avez reçu un nouveau message sécurisé",
         date="10 Nov 2025 11:52:00 +0100",
         body="""Bonjour,

Un nouveau message est arrivé dans votre boîte Mailiz.

Expéditeur : laboratoire.biologie@cerballiance.mssante.fr
Objet : Résultats d'analyses

Pour le lire, connectez-vous à votre messagerie avec votre carte CPS ou votre e-CPS : https://mailiz.mssante.fr

Cette notification ne contient aucune donnée de santé. Ne répondez pas à ce message.

Mailiz, la messagerie sécurisée de santé proposée par l'Ordre des médecins""",
         domains="mssante.fr", phones="", auth="pass"),

    dict(key="doctolib_facture", label="legitimate", lang="fr",
         from_=("Doctolib", "facturation@doctolib.fr"),
         subject="Votre facture Doctolib - novembre 2025",
         date="01 Nov 2025 06:15:00 +0100",
         body="""Bonjour Docteur {name},

Votre facture du mois de novembre 2025 (abonnement Doctolib Pro, 149,00 € TTC) est disponible. Elle sera prélevée le 5 novembre sur le compte enregistré.

Consulter mes factures : https://pro.doctolib.fr/billing/invoices

Pour toute question, contactez notre service client depuis votre compte.

L'équipe Doctolib""",
         domains="doctolib.fr", phones="", auth="pass"),

    dict(key="cfe_impots", label="legitimate", lang="fr",
         from_=("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
         subject="Votre avis de CFE 2025 est disponible dans votre espace professionnel",
         date="18 Nov 2025 08:30:00 +0100",
         body="""Madame, Monsieur,

Votre avis de cotisation foncière des entreprises (CFE) 2025 est disponible dans votre espace professionnel.

Date limite de paiement : 15 décembre 2025.

Pour le consulter et le payer, connectez-vous à votre espace professionnel sur https://www.impots.gouv.fr

La Direction générale des Finances publiques ne vous demande jamais vos coordonnées bancaires par courriel.""",
         domains="impots.gouv.fr", phones="", auth="pass"),

    dict(key="urps_lettre", label="legitimate", lang="fr",
         from_=("URPS Médecins Libéraux Auvergne-Rhône-Alpes", "contact@urps-med-aura.fr"),
         subject="La lettre de l'URPS - novembre 2025",
         date="20 Nov 2025 18:00:00 +0100",
         body="""La lettre de l'URPS Médecins Libéraux

- Permanence des soins : résultats de la concertation régionale
- Certification périodique : notre webinaire d'information du 4 décembre (gratuit, réservé aux médecins libéraux)
- Enquête : vos besoins en assistants médicaux

Toutes les actualités : https://www.urps-med-aura.fr/actualites

URPS Médecins Libéraux Auvergne-Rhône-Alpes - 04 72 74 02 75""",
         domains="urps-med-aura.fr", phones="+33472740275", auth="pass"),

    dict(key="en_locum_booking", label="legitimate", lang="en",
         from_=("GreenLocum Bookings", "bookings@greenlocum.ie"),
         subject="Booking confirmed: Letterkenny, 5-16 January 2026",
         date="22 Nov 2025 15:30:00 +0100",
         body="""Dear Dr. {name},

Your locum booking is confirmed:

Practice: Letterkenny Family Practice, Co. Donegal
Dates: 5-16 January 2026
Rate: EUR 880 per day, accommodation provided

Your contract and the practice induction pack are in your GreenLocum account: https://www.greenlocum.ie/account/bookings

Your consultant, Ciara Byrne, can be reached on +353 1 555 0140.

GreenLocum Recruitment""",
         domains="greenlocum.ie", phones="+35315550140", auth="pass"),
]

ORIGINALS = []
for _o in FRAUD + SPAM + LEGIT:
    _o = dict(_o)
    _o["from"] = _o.pop("from_")
    ORIGINALS.append(_o)
