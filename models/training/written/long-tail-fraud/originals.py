"""Hand-written originals and the reports that carry them.
Body markup: [[shown text|real target]] is a link. Phones and plain-text domains are read from the body.
Each original carries fw=[(how, reporter, comment, extra)] : one report per entry.
how: gmail_fr gmail_en outlook_fr outlook_fr_name outlook_en owa owa_html legacy apple ios tb_fr tb_en yahoo
     orange laposte free sfr samsung (inline) | att (message/rfc822) | eml (octet-stream .eml) | direct | pasted | typed | nested
"""
NN = "35"
ORIGINALS = []
REPORTS = []
INLINE = {"gmail_fr", "gmail_en", "outlook_fr", "outlook_fr_name", "outlook_en", "owa", "owa_html", "legacy", "apple", "ios",
          "tb_fr", "tb_en", "yahoo", "orange", "laposte", "free", "sfr", "samsung", "nested"}

def _add(o, fw):
    ORIGINALS.append(o)
    for f in fw:
        how, rep, com = f[0], f[1], f[2]
        extra = f[3] if len(f) > 3 else {}
        if how in INLINE:
            r = {"style": "inline", "client": how}
        elif how in ("att", "eml"):
            r = {"style": "attachment", "client": extra.get("client", "tb_fr"), "octet": how == "eml"}
        else:
            r = {"style": how, "client": extra.get("client")}
        r.update(extra); r["orig"] = [o["id"]]; r["rep"] = rep; r["comment"] = com
        if how == "nested":
            r["sec"] = REPORTERS[extra["sec"]]
        REPORTS.append(r)

def M(id, label, lang, name, addr, subject, date, body, fw, **kw):
    o = dict(id=id, label=label, lang=lang, kind="mail", name=name, addr=addr, subject=subject, date=date, body=body.strip("\n"))
    o.update(kw); _add(o, fw)

def S(id, label, lang, date, body, fw, kind="sms", subject="SMS"):
    o = dict(id=id, label=label, lang=lang, kind=kind, name="", addr=None, subject=subject, date=date, body=body.strip("\n"))
    _add(o, fw)

def TWO(a, b, how, rep, com, extra=None):
    """report holding two originals already defined with fw=[]"""
    r = {"style": "inline" if how in INLINE else ("attachment" if how in ("att", "eml") else how),
         "client": how if how in INLINE else "tb_fr", "octet": how == "eml", "orig": [a, b], "rep": rep, "comment": com}
    r.update(extra or {})
    REPORTS.append(r)

REPORTERS = [
 dict(name="Dr Claire Le Goff", addr="claire.legoff35@gmail.com", sig="Dr Claire Le Goff\nMédecin généraliste\n12 rue de Nantes, 35000 Rennes\n02 99 30 41 17"),
 dict(name="Yann Morvan", addr="dr.morvan.yann@orange.fr", sig="Dr Y. Morvan"),
 dict(name="Cabinet médical des Lices", addr="secretariat.lices@wanadoo.fr", sig="Le secrétariat\nCabinet médical des Lices - 02 99 79 22 10\nwww.cabinet-lices-rennes.fr"),
 dict(name="Sophie Briand", addr="sophie.briand@chu-rennes.fr", sig="Dr Sophie BRIAND\nPraticien hospitalier - Service de pneumologie\nCHU de Rennes - Hôpital Pontchaillou\nPoste 84 512"),
 dict(name="Dr Hervé Quéré", addr="herve.quere@laposte.net", sig="--\nHervé Quéré"),
 dict(name="Anne-Laure Hamon", addr="al.hamon.med@free.fr", sig="AL Hamon, médecin du travail"),
 dict(name="Dr Marc Jouan", addr="marc.jouan@medecin.mssante.fr", sig="Dr Marc JOUAN - Cardiologue\nRPPS 10003456781\nClinique Saint-Laurent, Rennes"),
 dict(name="Pauline Tessier", addr="pauline.tessier@icloud.com", sig=""),
 dict(name="Dr Erwan Le Bihan", addr="erwan.lebihan@sfr.fr", sig="Erwan Le Bihan\n06 71 84 22 90"),
 dict(name="Nadia Bensaïd", addr="nadia.bensaid.md@yahoo.fr", sig="Dr N. Bensaïd, pédiatre"),
 dict(name="Dr Thomas Gicquel", addr="t.gicquel@cabinet-gicquel-vitre.fr", sig="Dr Thomas Gicquel\nMédecine générale - Vitré\nhttps://www.doctolib.fr/medecin-generaliste/vitre/thomas-gicquel"),
 dict(name="Jean-Pierre Rolland", addr="jp.rolland35@hotmail.fr", sig="JP Rolland\nmédecin retraité (activité de remplacement)"),
 dict(name="Dr Maëlle Guillou", addr="maelle.guillou@outlook.fr", sig="Maëlle Guillou\nDermatologue - Saint-Malo"),
 dict(name="Secrétariat Dr Riou", addr="accueil.drriou@gmail.com", sig="Secrétariat du Dr Riou\nTél. 02 99 56 10 44 (du lundi au vendredi 8h-12h)"),
 dict(name="Dr Olivier Lemaître", addr="olivier.lemaitre@ch-fougeres.fr", sig="Dr O. Lemaître\nChef de service Urgences\nCentre Hospitalier de Fougères"),
 dict(name="Bérénice Caro", addr="berenice.caro@gmail.com", sig="Bérénice Caro, interne DES MG (Rennes)"),
 dict(name="Dr Gaël Perrin", addr="gael.perrin@orange.fr", sig="G. Perrin"),
 dict(name="Dr Isabelle Roux", addr="isabelle.roux.psy@gmail.com", sig="Dr Isabelle Roux\nPsychiatre - 5 quai Chateaubriand, Rennes"),
 dict(name="David Nguyen", addr="d.nguyen@maisonsante-bruz.fr", sig="David Nguyen\nCoordinateur MSP de Bruz\n07 82 11 30 64"),
 dict(name="Dr Catherine Lebreton", addr="c.lebreton@laposte.net", sig="Catherine Lebreton, ORL"),
 dict(name="Dr Samuel Ferré", addr="samuel.ferre@protonmail.com", sig="S. Ferré"),
 dict(name="Dr Hélène Daniel", addr="helene.daniel@wanadoo.fr", sig="Hélène Daniel\nMédecin généraliste\nRedon"),
 dict(name="Dr Karim Haddad", addr="karim.haddad@gmail.com", sig="Karim Haddad MD\nGastro-entérologue"),
 dict(name="Standard Clinique de la Sagesse", addr="direction@clinique-sagesse-rennes.fr", sig="Direction\nClinique de la Sagesse"),
 dict(name="Dr Louis Carré", addr="louis.carre@free.fr", sig="LC"),
 dict(name="Dr Emma Coat", addr="emma.coat@outlook.com", sig="Emma Coat\nMédecin urgentiste"),
 dict(name="Dr Patrick Hervé", addr="patrick.herve.md@orange.fr", sig="Dr Patrick Hervé\n4 place de la Mairie\n35310 Mordelles"),
 dict(name="Secrétariat MSP Janzé", addr="secretariat@msp-janze.fr", sig="Secrétariat MSP Janzé\n02 99 47 05 58"),
]

# ============================================================ FRAUD : brand phishing
M("ms365_expiry", "fraud", "en", "Microsoft 365 Admin", "no-reply@m365-securemail-notify.com",
  "Action required: your password for {mailbox} expires today", "2025-01-14 07:42", """
Microsoft 365

Your account password is set to expire in 24 hours.

To keep using the same password and avoid disruption to Outlook, Teams and OneDrive, confirm your current credentials below.

[[Keep current password|https://m365-keep-password.web.app/auth/login?u=clinic]]

If no action is taken, you will be signed out of all devices and a new password will be generated by your administrator.

Microsoft Corporation | One Microsoft Way, Redmond, WA 98052
This message was sent from an unmonitored mailbox.
""", fw=[("outlook_en", 3, "FYI - received on my hospital address this morning. I did not click."),
         ("att", 12, "", {"client": "tb_fr"}),
         ("owa", 14, "Bonjour,\nEncore un, sur l'adresse du service cette fois. Le lien ne ressemble pas du tout à Microsoft.", {"safelinks": True})])

M("sharepoint_colleague", "fraud", "fr", "Kiné Cesson - F. Daniel", "f.daniel@kine-cesson-sevigne.fr",
  "F. Daniel vous a partagé « Dossier patient - compte rendu bilan.pdf »", "2025-02-03 16:05", """
Bonjour,

F. Daniel a partagé un fichier avec vous via OneDrive.

Dossier patient - compte rendu bilan.pdf
Ce lien expire dans 7 jours.

[[Ouvrir|https://pub-8f21c0a9d7e54b3a.r2.dev/onedrive/share/index.html]]

Confidentialité : ce document contient des données de santé, une connexion avec votre compte professionnel est requise.

Cordialement,
Frédéric Daniel
Masseur-kinésithérapeute
""", fw=[("gmail_fr", 0, "Bonjour,\nJe connais ce confrère kiné, je travaille avec lui. Mais ça ne lui ressemble pas du tout. Son compte a-t-il été piraté ? Que dois-je faire ?"),
         ("apple", 7, "")])

M("google_storage", "fraud", "en", "Google Account", "storage-alert@gdrive-accounts-center.com",
  "Your Google storage is full - photos and emails will be deleted", "2025-03-09 21:13", """
Hi,

Your Google Account storage is 100% full. Gmail has stopped receiving new messages and your Drive files are scheduled for deletion on March 12.

As a loyal customer you qualify for 50 GB free of charge. Just confirm your payment method (0.00 EUR charged today).

[[Claim my 50 GB|https://gdrive-accounts-center.com/upgrade/claim?id=88213]]

The Google One Team
""", fw=[("att", 22, "Is this genuine? My Gmail still works fine.", {"client": "gmail_en"})])

M("apple_locked", "fraud", "fr", "Apple", "support@id-apple-verif.info",
  "Votre identifiant Apple a ete bloquer pour raisons de securite", "2024-11-20 03:26", """
Cher client,

Nous avons detecter une activité inhabituel sur votre identifiant Apple depuis un appareil situé a Lagos (Nigeria).

Pour votre securite votre compte a été temporairement bloquer. Vous devez verifier vos information dans les 24h sinon votre compte sera supprimer définitivement ainsi que tout vos donnée iCloud.

[[Verifier maintenant|http://apple-id-unlock.icu/fr/verify.php]]

Cordialement,
Apple Support
""", fw=[("ios", 7, "C'est une arnaque non ?")])

M("amazon_callback", "fraud", "en", "Amazon.com", "order-update@amzn-billing-desk.com",
  "Your order #112-7730218-4419 has been placed - MacBook Pro 16", "2025-01-28 11:50", """
Hello,

Thank you for shopping with us. Your order has been confirmed and will be charged to your card on file.

Item: Apple MacBook Pro 16" M3 Max - 1 TB - Space Black
Qty: 1
Order total: 3,849.00 EUR
Estimated delivery: Jan 31

If you did NOT place this order, call our Fraud Prevention Department immediately at +1 (888) 410-2276 or from France 01 89 70 44 13 to cancel and receive your refund. Our line is open 24/7.

Amazon Customer Service
""", fw=[("pasted", 16, "On m'a envoyé ça ce matin, je n'ai jamais commandé de Mac. Je n'ai pas appelé.", {"client": "orange"})])

M("ups_customs", "fraud", "en", "UPS Delivery Notification", "tracking@ups-parcel-service.online",
  "UPS: Your package is being held - customs duties unpaid", "2024-12-10 09:04", """
Dear Customer,

Your shipment 1Z 84E 929 66 4021 7731 could not be delivered because import duties of 2.99 EUR are outstanding.

Please settle the amount within 48 hours, otherwise the parcel will be returned to sender.

[[Pay duties and schedule delivery|https://ups-parcel-service.online/track/pay?ref=1Z84E9]]

© 2024 United Parcel Service of America, Inc.
""", fw=[("eml", 4, "", {"client": "laposte"})])

M("chronopost_mail", "fraud", "fr", "Chronopost", "info@chronopost-suivi-colis.com",
  "Votre colis XW 482 917 553 FR est en attente", "2025-02-17 14:31", """
Bonjour,

Votre colis n'a pas pu vous être remis le 17/02/2025 : adresse incomplète.

Pour reprogrammer la livraison, des frais de réexpédition de 1,99 € sont à régler en ligne avant ce soir minuit.

[[Suivre et reprogrammer mon colis|https://chronopost-suivi-colis.com/reprog/XW482917553FR]]

Chronopost - Le spécialiste de la livraison express
""", fw=[("outlook_fr", 2, "Bonjour,\nNous recevons régulièrement ce type de message au cabinet, nous n'attendons aucun colis. Pour information.")])

M("paypal_limited", "fraud", "en", "PayPal", "service@paypal-resolution-team.net",
  "Your account access has been limited", "2024-10-05 18:20", """
Dear Customer,

We noticed unusual activity on your PayPal account. As a precaution, we have temporarily limited what you can do with your account until you confirm your information.

Case ID: PP-004-883-219-550

[[Confirm Your Information|https://secure-paypal-resolution.top/webapps/restore]]

We apologise for the inconvenience.
PayPal
""", fw=[("pasted", 9, "Bonjour, pour info je n'ai pas de compte PayPal sur cette adresse. Voici le message :", {"client": "yahoo"})])

M("netflix_payment", "fraud", "en", "Netflix", "info@mailer-netflix-account.com",
  "Payment declined - update your billing details", "2024-09-18 20:48", """
Hi,

We couldn't process your payment for the next billing cycle. Your membership will be suspended in 24 hours.

Don't worry, it only takes a minute to update your payment method:

[[UPDATE ACCOUNT|https://netflix-billing-update.xyz/account/payment]]

We're here to help if you need it.
-The Netflix team
""", fw=[("samsung", 25, "Spam ?")])

M("ovh_domain", "fraud", "fr", "OVHcloud", "support@ovhcloud-renouvellement.fr",
  "[OVHcloud] Expiration du domaine cabinet-gicquel-vitre.fr", "2025-03-02 08:15", """
Bonjour,

Le nom de domaine cabinet-gicquel-vitre.fr arrive à expiration le 04/03/2025.

Sans renouvellement, votre site et vos adresses email associées cesseront de fonctionner et le domaine pourra être racheté par un tiers.

Montant du renouvellement (1 an) : 9,99 € TTC

[[Renouveler mon domaine|https://ovhcloud-renouvellement.fr/manager/renew?domain=cabinet-gicquel-vitre.fr]]

L'équipe OVHcloud
""", fw=[("att", 10, "Bonjour,\nNotre domaine est bien chez OVH mais il n'expire qu'en novembre normalement. Je préfère vérifier avec vous avant de payer.", {"client": "outlook_fr"})])

M("orange_quota", "fraud", "fr", "Messagerie Orange", "ne-pas-repondre@orange-mail-service.com",
  "Votre boite mail a atteint 98% de sa capacite", "2024-12-28 22:10", """
Votre messagerie Orange est presque pleine

Espace utilisé : 4,91 Go sur 5 Go

Les nouveaux messages ne pourront plus être reçus à partir de demain. Pour obtenir gratuitement 10 Go supplémentaires, identifiez-vous :

[[Augmenter mon espace|https://orange-mail-service.com/webmail/quota/login]]

Orange, le service client.
""", fw=[("orange", 16, "Bonjour\nEst-ce un vrai message d'Orange ? merci")])

M("sfr_deactivation", "fraud", "fr", "SFR Mail", "securite@sfr-messagerie.site",
  "Dernier avis : désactivation de votre adresse SFR Mail", "2025-01-07 06:55", """
Cher(e) abonné(e),

Conformément à notre politique de sécurité, les comptes de messagerie non vérifiés seront désactivés le 10 janvier 2025.

Votre adresse n'a pas encore été vérifiée. Cliquez ci-dessous pour conserver votre adresse et vos messages :

[[Vérifier mon compte SFR Mail|https://sfr-messagerie.site/verif/]]

Merci de votre confiance,
SFR
""", fw=[("sfr", 8, "Bonjour,\nje vous transmets, je ne sais pas si c'est vrai. J'utilise cette adresse pour tout le cabinet, je ne veux pas la perdre.")])

M("free_zimbra", "fraud", "fr", "Free Zimbra Administrateur", "admin.webmail@zimbra-free-fr.com",
  "Mise à jour obligatoire de votre compte Zimbra", "2024-11-02 13:37", """
Bonjour,

Dans le cadre de la migration de nos serveurs vers la nouvelle version de Zimbra, tous les utilisateurs doivent mettre à jour leurs paramètres de connexion.

Merci de renseigner votre identifiant et votre mot de passe actuel sur la page suivante :
http://zimbra-free-fr.com/update

Tout compte non mis à jour sous 72h sera fermé.

Administrateur système
""", fw=[("free", 24, "")])

M("linkedin_msg", "fraud", "en", "LinkedIn", "messages-noreply@linkedin-inbox-notify.com",
  "You have 1 new message from Dr. Andrew Collins", "2025-02-25 10:02", """
You have 1 new message

Dr. Andrew Collins
Head of Recruitment at Mayo Clinic International

"Dear Doctor, I came across your profile and would like to discuss a consulting opportunity..."

[[View message|https://linkedin-inbox-notify.com/comm/messaging/thread?id=2219]]

You are receiving LinkedIn notification emails.
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""", fw=[("gmail_en", 15, "Bonjour, je ne suis même pas sur LinkedIn... est-ce dangereux d'avoir ouvert le mail ?")])

M("zoom_recording", "fraud", "en", "Zoom", "no-reply@zoom-meetings-recordings.com",
  "Meeting recording available: Staff meeting - Dept. Pneumology", "2025-03-18 17:45", """
Hello,

Cloud recording of the meeting "Staff meeting - Dept. Pneumology" is now available.

Date: Mar 18, 2025 02:00 PM Paris
Duration: 58 min
Passcode required

[[View recording|https://zoomrec-share.blogspot.com/2025/03/view.html]]

Thank you for choosing Zoom.
""", fw=[("outlook_fr_name", 3, "Bonjour, nous n'utilisons pas Zoom dans le service. Pour info."),])

M("adobe_pdf", "fraud", "en", "Adobe Document Cloud", "documents@adobesign-share.net",
  "Facture_Cabinet_2025-0117.pdf shared with you", "2025-01-17 15:12", """
Adobe Acrobat

A document has been shared with you for review.

Facture_Cabinet_2025-0117.pdf (PDF, 214 KB)

To view the document, sign in with your email account.

[[Review document|https://storage.googleapis.com/adb-docs-2025/viewer.html]]

Adobe Inc. 345 Park Avenue, San Jose, CA 95110
""", fw=[("att", 20, "", {"client": "tb_en"})])

M("docusign_contrat", "fraud", "fr", "DocuSign via Clinique", "dse-notification@docusign-esign.net",
  "Veuillez signer : Contrat de remplacement été 2025", "2025-04-04 09:30", """
Clinique Mutualiste - Service RH vous a envoyé un document à examiner et à signer.

[[CONSULTER LE DOCUMENT|https://docusign-esign.net/Signing/EmailStart.aspx?a=5e1c]]

Clinique Mutualiste - Service RH
Bonjour Docteur, merci de trouver ci-joint le contrat de remplacement pour la période estivale. Une signature est requise avant vendredi.

Ne partagez pas cet email
Cet email contient un lien sécurisé vers DocuSign. Veuillez ne pas partager cet email, ce lien ou le code d'accès avec d'autres personnes.
""", fw=[("gmail_fr", 11, "Bonjour,\nJe fais des remplacements mais je n'ai rien convenu avec cette clinique. Est-ce sérieux ?")])

M("wetransfer_fake", "fraud", "fr", "WeTransfer", "noreply@wetransfer-fichiers.com",
  "Cabinet Comptable Arvor vous a envoyé des fichiers", "2025-02-11 12:20", """
Cabinet Comptable Arvor
vous a envoyé 3 fichiers (12,4 Mo)

Bilan_2024_provisoire.xlsx
Liasse_fiscale_2035.pdf
Releve_honoraires.pdf

Les fichiers expireront dans 3 jours.

[[Obtenir vos fichiers|https://wetransfer-fichiers.com/downloads/8e2b1f77]]

Pour télécharger, identifiez-vous avec l'adresse sur laquelle vous avez reçu cet email.
""", fw=[("outlook_fr", 26, "Mon comptable n'est pas le cabinet Arvor et il ne m'envoie jamais rien par WeTransfer. A signaler.")])

S("ca_sms", "fraud", "fr", "2025-01-22 19:03", """
SMS reçu ce soir à 19h03, expéditeur affiché « CA-Info » :

"Credit Agricole: Votre dispositif SécuriPass expire le 23/01. Sans réactivation votre carte sera bloquée. Réactivez ici : https://ca-securipass-renouv.com"
""", fw=[("typed", 21, "Bonjour,", {"subject": "sms bizarre crédit agricole"})])

S("sg_call", "fraud", "fr", "2024-12-05 11:20", """
Appel reçu hier vers 11h20 au cabinet, un homme très poli se présente comme « conseiller du service fraude de la Société Générale ». Il connaissait mon nom, mon adresse et les 4 derniers chiffres de ma carte. Il m'a dit que deux virements de 2 400 € vers la Lituanie étaient en cours et qu'il fallait que je les « annule » en validant sur mon appli les opérations qu'il allait m'envoyer. J'ai raccroché et rappelé mon agence qui m'a confirmé que c'était une arnaque. Le numéro qui s'affichait était le 01 42 14 20 00, donc apparemment le vrai numéro de la banque usurpé. Je préviens les confrères.
""", fw=[("typed", 26, "", {"subject": "Tentative d'escroquerie téléphonique - info", "client": "outlook_fr"})], kind="call", subject="Appel")

M("doctolib_suspension", "fraud", "fr", "Doctolib Pro", "facturation@doctolib-pro-services.fr",
  "Suspension imminente de votre agenda Doctolib", "2025-03-24 08:01", """
Bonjour Docteur,

Le prélèvement de votre abonnement Doctolib du mois de mars (149,00 € HT) a été rejeté par votre banque.

Afin d'éviter la suspension de votre agenda en ligne et l'annulation automatique des rendez-vous de vos patients, nous vous invitons à mettre à jour vos coordonnées bancaires sous 48 heures.

[[Mettre à jour mes informations de paiement|https://doctolib-pro-services.fr/compte/paiement]]

Pour toute question, notre service facturation est joignable au 09 74 59 81 26.

L'équipe Doctolib
""", fw=[("outlook_fr", 2, "Bonjour,\nLe Dr Riou a bien un abonnement Doctolib. Le mail a l'air vrai mais l'adresse me paraît bizarre. Pouvez-vous nous dire ?"),
         ("pasted", 10, "Même chose reçue au cabinet, je colle le texte :", {"client": "outlook_fr"}),
         ("eml", 19, "")])

# ============================================================ FRAUD : invoices, licences, domains, SEO, money
M("bec_iban", "fraud", "fr", "Comptabilité - Médical Équipement Ouest", "compta@medical-equipement-ouest.com",
  "Relance facture FA-2025-0341 / changement de domiciliation bancaire", "2025-03-11 10:44", """
Bonjour,

Sauf erreur de notre part, la facture FA-2025-0341 du 12/02/2025 (électrocardiographe Cardiovit + maintenance annuelle, 2 186,40 € TTC) reste à ce jour impayée.

Nous vous informons par ailleurs que suite à un audit interne, notre domiciliation bancaire a changé. Merci d'effectuer le règlement sur notre nouveau compte :

IBAN : LT62 3250 0417 8826 5190
BIC : REVOLT21

Merci de ne plus utiliser l'ancien RIB. Pour toute question, contactez Mme Lefèvre au 07 56 81 02 39.

Bien cordialement,
Service comptabilité
""", fw=[("outlook_fr", 27, "Bonjour,\nNous n'avons jamais acheté d'ECG chez ce fournisseur. Le Dr Blanchard me demande de vous transférer. Bonne journée")])

M("po_rfq", "fraud", "en", "Procurement Dept. - St. Mary's Healthcare", "purchasing@stmarys-healthcare-procurement.co.uk",
  "Purchase Order PO-44871 / Request for Quotation", "2024-10-22 05:58", """
Good day,

Please find our purchase order and the list of medical supplies we intend to order from your company. Kindly review and send us your best quotation including delivery to the UK before Friday.

Download PO and item list (secure OneDrive):
[[PO-44871.pdf|https://1drv-procurement-docs.com/po/44871]]

Payment terms: Net 30 days after delivery.

Regards,
Michael Reeves
Senior Procurement Officer
St. Mary's Healthcare Ltd
Tel: +44 20 3807 1142
""", fw=[("eml", 22, "We don't sell anything... FYI", {"client": "gmail_en"})])

M("licence_logiciel", "fraud", "fr", "Service Licences - Medi Logiciels", "licences@medilogiciels-renouvellement.fr",
  "Renouvellement annuel de votre licence logiciel médical - échéance 31/12", "2024-12-16 09:12", """
Madame, Monsieur le Docteur,

Votre licence d'utilisation de votre logiciel de gestion de cabinet médical arrive à échéance le 31 décembre 2024.

Afin de garantir la continuité de service (dossiers patients, télétransmission SESAM-Vitale, ordonnances sécurisées), le renouvellement doit être effectué avant cette date. A défaut, l'accès à vos dossiers sera bloqué en lecture seule.

Tarif de renouvellement : 489,00 € HT
Référence client : ML-35-20871

Règlement sécurisé par carte ou virement :
[[Procéder au renouvellement|https://medilogiciels-renouvellement.fr/paiement?ref=ML-35-20871]]

Service clients : 01 76 40 52 88

Medi Logiciels - Service des licences
""", fw=[("legacy", 26, "Bonjour\nj'ai un logiciel d'un autre éditeur, ça m'étonne, je transmets")])

M("norton_renew", "fraud", "en", "Norton Billing", "billing@nortonlifelock-invoice.support",
  "Invoice #NRT-55129: Norton 360 Total Protection auto-renewed (399.99 USD)", "2025-02-06 04:10", """
Dear Customer,

Your subscription to Norton 360 Total Protection (5 devices) has been automatically renewed for 1 year.

Amount charged: 399.99 USD
Payment method: Card on file
Invoice: NRT-55129

If you wish to cancel and request a refund, you must call our billing department within 24 hours:
+1 (855) 392-7718

Thank you for choosing Norton.
""", fw=[("pasted", 11, "Bonjour, je ne sais plus si j'ai un antivirus Norton. Dois-je appeler ?", {"client": "outlook_fr"})])

M("domain_china", "fraud", "en", "Robert Liu", "robert.liu@hk-domain-registry.com",
  "Notice: brand name \"cabinetlices\" registration dispute", "2024-11-14 02:35", """
(If you are not the person in charge, please forward this to your CEO, thanks)

Dear CEO,

We are a Network Service Company which is the domain name registration center in Hong Kong. On Nov 13, 2024 we received an application from Dongfang Holdings Co., Ltd requesting "cabinetlices" as their internet keyword and China (CN) domain names (cabinetlices.cn, cabinetlices.com.cn, cabinetlices.hk).

But after checking it, we find this name conflicts with your company name or trademark. In order to deal with this matter better, it's necessary to send email to you and confirm whether this company is your distributor or business partner in China?

Best Regards,
Robert Liu | Service & Operations Manager
Hong Kong Domain Registry Center
Tel: +852 2115 9903
""", fw=[("outlook_fr", 2, "Bonjour, nous avons reçu ceci au cabinet. On ne répond pas je suppose ?")])

M("domaine_courrier", "fraud", "fr", "Service des Noms de Domaine France", "avis@snd-france-domaines.com",
  "AVIS D'ÉCHÉANCE - Enregistrement nom de domaine « dr-perrin-medecin »", "2025-01-20 11:11", """
AVIS D'ÉCHÉANCE N° 2025/NDF/88412

Objet : Enregistrement et référencement du nom de domaine dr-perrin-medecin.fr

Docteur,

Nous vous informons que l'enregistrement du domaine ci-dessus arrive à échéance. Pour conserver la propriété de ce nom et éviter sa reprise par un tiers, veuillez régler les frais d'enregistrement et de référencement annuel.

Durée : 12 mois
Montant : 297,00 € HT soit 356,40 € TTC
Date limite de paiement : 31/01/2025

[[Régler en ligne|https://snd-france-domaines.com/reglement/88412]]

Ce document n'est pas une facture. L'enregistrement est une offre commerciale, le paiement vaut acceptation des conditions générales.

SND France
""", fw=[("orange", 16, "Bonjour,\nc'est bien mon site, mais je passe par mon informaticien. Facture très chère. Arnaque ?")])

M("google_fiche_menace", "fraud", "fr", "Google My Business - Service Référencement", "referencement@gmb-fiche-pro.fr",
  "Votre fiche Google va être désactivée - dernier avertissement", "2025-02-28 15:50", """
Bonjour Docteur,

Votre établissement « Cabinet médical » présente des informations non vérifiées et des avis non modérés. Conformément aux nouvelles règles de Google applicables aux professionnels de santé, votre fiche sera DÉSACTIVÉE sous 72 heures et n'apparaîtra plus dans les recherches de vos patients.

Pour régulariser, un conseiller certifié doit valider votre fiche par téléphone. Frais de mise en conformité : 249 € HT (paiement unique).

Appelez dès aujourd'hui le 01 85 53 77 60 en indiquant votre numéro de dossier GMB-35-7712.

Service conformité des fiches établissements
""", fw=[("gmail_fr", 13, "Bonjour,\nLe Dr Riou a aussi reçu plusieurs appels de ce numéro. Est-ce que Google peut vraiment supprimer la fiche ? Merci de votre retour.")])

S("google_call", "fraud", "fr", "2025-03-04 14:00", """
Encore un appel cet après-midi, message vocal enregistré (voix robot) : « Bonjour, ceci est un message de Google. Votre fiche Google Maps n'est pas vérifiée et risque d'être supprimée. Appuyez sur 1 pour parler à un spécialiste. » J'ai appuyé sur 1 par curiosité : une dame m'a demandé 299 euros pour « sécuriser » la fiche et mon numéro de carte. Appel venant du 09 72 18 44 05.
""", fw=[("typed", 17, "Pour info et si vous voulez prévenir les confrères.", {"subject": "démarchage google", "client": "gmail_fr"})], kind="call", subject="Appel")

M("crypto_invest", "fraud", "fr", "Julien de Patrimoine Avenir", "julien.mercier@patrimoine-avenir-invest.com",
  "Docteur, votre épargne peut rapporter 12 % par an (offre réservée aux professions médicales)", "2024-10-29 12:05", """
Docteur,

Les professions médicales sont parmi les plus exposées à la fiscalité. Nos clients médecins ont obtenu en 2024 un rendement net de 12,4 % grâce à notre portefeuille d'actifs numériques adossé à l'or, garanti en capital.

- Capital garanti à 100 %
- Disponibilité sous 48h
- Agrément AMF n° GP-24-0088

Je vous propose un échange de 15 minutes. Vous pouvez me joindre directement au 06 44 18 73 92 ou réserver un créneau :
[[Prendre rendez-vous avec Julien|https://calendly.com/patrimoine-avenir/rdv]]

Bien à vous,
Julien Mercier
Conseiller patrimonial senior
""", fw=[("apple", 12, "Bonjour, est-ce une arnaque ? Le rendement me paraît bien trop beau.")])

M("btc_withdrawal", "fraud", "en", "CoinVault Exchange", "support@coinvault-exchange.pro",
  "You have received 0.84 BTC - withdrawal pending", "2025-01-03 23:40", """
Dear User,

Your CoinVault wallet has received a deposit of 0.84 BTC (≈ 78,240 EUR) from a referral bonus programme.

Status: PENDING WITHDRAWAL
To release the funds to your bank account, a one-time network verification fee of 0.011 BTC is required.

[[Access my wallet|https://coinvault-exchange.pro/login]]

Withdrawals not claimed within 72 hours will be cancelled.

CoinVault Support Team
""", fw=[("att", 9, "", {"client": "yahoo"})])

S("romance_whatsapp", "fraud", "en", "2025-02-14 22:00", """
Depuis trois semaines, messages WhatsApp en anglais d'un numéro inconnu, +44 7441 902 318, signés « Emily, surgeon with the UN in Yemen ». Premier message : "Hello, is this Dr. Bensaid? Sorry, I think I had the wrong number, but you look kind..." Ensuite des mots doux tous les jours et des photos d'une femme en tenue de bloc. Hier : "My dear, my salary is blocked by the military, I need 1,500 euros in Transcash coupons to pay my leave and come to see you in France. Please help me, you are the only person I trust." J'ai arrêté de répondre.
""", fw=[("typed", 9, "Bonjour,\nJe suis un peu gênée de vous écrire mais je pense qu'il faut le signaler. Voici ce qui s'est passé (je recopie les messages) :", {"subject": "messages whatsapp", "client": "yahoo"})], kind="typed", subject="WhatsApp")

M("sextortion_en", "fraud", "en", "", "hesterjanvi1987@outlook.com",
  "Your device has been compromised - Dr Morvan", "2024-11-08 01:17", """
Hello Dr Morvan,

I am a programmer and I have been monitoring your devices for several months. I installed malware on a website you visited and since then I have had access to your camera, your contacts and your patients' files.

I have recorded a video of you while you were watching adult websites. One click and this video goes to all your contacts, your colleagues and the medical council.

Transfer 1,450 USD in Bitcoin to this address: bc1q8x3kz0f2m7wlq6c9r5t4yv2e0hdn7sa4pqjx0u

You have 48 hours. I will know when you read this email. Do not reply, this address is not monitored.
""", fw=[("direct", None, "")])

M("gendarmerie_convoc", "fraud", "fr", "BRIGADE DE PROTECTION DES MINEURS", "convocation.judiciaire.bpm@gmail.com",
  "CONVOCATION JUDICIAIRE URGENTE - Dossier n°2025/BPM/0871", "2025-01-29 09:09", """
CONVOCATION

Madame, Monsieur,

A la demande de Madame la Procureure de la République, nous vous adressons cette convocation suite à une saisie informatique en matière de cyber-infiltration, concernant la pédopornographie, la cyberpornographie et l'exhibitionnisme sexuel.

Pour votre information, la loi n°2007-293 du 5 mars 2007 condamne ces infractions. Vous êtes prié de vous faire entendre par courriel en nous écrivant vos justifications sous 72 heures. Passé ce délai, nous serons dans l'obligation de transmettre notre rapport à l'Ordre des médecins et à la presse, et vous serez fiché comme délinquant sexuel.

Commissaire Divisionnaire
Brigade de Protection des Mineurs
""", fw=[("gmail_fr", 20, "Je suppose que c'est faux mais c'est très angoissant. Est-ce que l'Ordre reçoit réellement des rapports de ce genre ?")])

M("charity_seisme", "fraud", "fr", "Solidarité Médecins Sans Frontières du Cœur", "dons@solidarite-medecins-coeur.org",
  "Appel urgent à la solidarité des médecins - Séisme", "2025-03-30 19:20", """
Chers confrères,

Face à l'ampleur de la catastrophe, notre association médicale humanitaire a déployé trois équipes sur le terrain. Les besoins en médicaments et en matériel chirurgical sont immenses.

Nous lançons un appel spécifique aux médecins français : chaque don de 150 € finance une trousse de soins complète. Votre don est déductible à 66 % de votre impôt.

[[Je fais un don maintenant|https://solidarite-medecins-coeur.org/don]]

Pour un virement direct : IBAN GB29 NWBK 6016 1331 9268 19

Merci pour eux.
Dr Philippe Arnoult, président
""", fw=[("tb_fr", 21, "Bonjour,\nje n'ai jamais entendu parler de cette association, le nom ressemble à MSF. Je voulais faire un don mais je préfère vérifier.")])

M("charity_en", "fraud", "en", "Global Physicians Relief Fund", "relief@globalphysicians-relief.org",
  "Doctor, 3 minutes of your time could save a child's life", "2024-12-22 16:02", """
Dear Colleague,

Winter has arrived in the camps. Our volunteer doctors are treating children with pneumonia without antibiotics or heating.

As a physician, you understand what this means. We are asking 500 doctors across Europe to give 100 EUR before December 31st.

Donations are accepted by gift card only (Steam, Apple, Google Play) due to banking restrictions in conflict zones. Send the codes via WhatsApp to our coordinator: +234 813 551 7024

God bless you,
Sister Margaret O'Neil
Global Physicians Relief Fund
""", fw=[("eml", 25, "", {"client": "outlook_en"})])

M("patient_ordo_mail", "fraud", "fr", "Marie-Laure Gaudin", "ml.gaudin1962@gmx.fr",
  "demande ordonnance urgente svp", "2025-02-20 20:41", """
Bonjour Docteur,

Je suis une patiente de votre confrère le Dr Lemoine qui est parti à la retraite et je n'ai plus de médecin. Je suis en déplacement en ce moment et j'ai besoin de toute urgence du renouvellement de mon traitement :

- Ozempic 1 mg, 4 stylos
- Zolpidem 10 mg, 3 boîtes

Pourriez-vous s'il vous plaît établir l'ordonnance et l'envoyer directement à la pharmacie qui me livre, par WhatsApp au +32 470 85 19 63. Je vous réglerai la consultation par virement, donnez-moi votre RIB.

Merci infiniment, je suis vraiment dans l'embarras.
Marie-Laure
""", fw=[("gmail_fr", 0, "Bonjour,\nJe ne connais pas cette patiente. Ça ressemble aux faux patients dont on parle pour obtenir des ordonnances d'Ozempic ?")])

S("patient_whatsapp", "fraud", "fr", "2025-03-12 08:00", """
Depuis une semaine je reçois des messages WhatsApp du 07 59 38 20 11, une personne qui dit être « la fille de Mme Jégou », une de mes patientes (qui existe bien). Elle me demande de lui envoyer par photo une ordonnance de Rivotril et de Lyrica « pour sa mère qui ne peut pas se déplacer », à transmettre à une pharmacie en ligne, et insiste lourdement. J'ai appelé Mme Jégou : elle n'a pas de fille.
""", fw=[("typed", 22, "Bonjour, pour signalement.", {"subject": "Demande d'ordonnance suspecte via WhatsApp", "client": "gmail_fr"})], kind="typed", subject="WhatsApp")

M("pharmacie_partenaire", "fraud", "fr", "Pharmacie Centrale en Ligne", "partenariat@pharmacie-centrale-enligne.com",
  "Partenariat médecins : envoi direct de vos ordonnances", "2024-11-25 10:26", """
Docteur,

La Pharmacie Centrale en Ligne, agréée ARS, propose aux médecins de transmettre directement les ordonnances de leurs patients pour une livraison à domicile en 24h.

Pour chaque ordonnance transmise, une commission de 8 % vous est reversée sur le montant remboursé.

Inscription à l'espace prescripteur (numéro RPPS et carte CPS requis) :
[[Créer mon espace prescripteur|https://pharmacie-centrale-enligne.com/prescripteurs/inscription]]

Notre pharmacien référent reste à votre disposition au 01 84 25 66 91.
""", fw=[("laposte", 19, "Commission sur les ordonnances ??? Je pense que ce n'est même pas légal. Je transmets.")])

M("labo_resultats", "fraud", "fr", "Laboratoire Bio Ouest - Résultats", "resultats@bio-ouest-labo.com",
  "Résultats critiques patient - connexion requise", "2025-01-09 06:48", """
Docteur,

Des résultats biologiques présentant des valeurs critiques (kaliémie) concernant un de vos patients sont disponibles sur notre serveur de résultats.

Conformément à la réglementation, leur consultation nécessite une authentification avec vos identifiants Pro Santé Connect.

[[Consulter les résultats|https://bio-ouest-labo.com/psc/login?ret=resultats]]

Laboratoire Bio Ouest
Biologie médicale
""", fw=[("outlook_fr", 14, "Bonjour,\nPas de labo Bio Ouest dans le secteur à ma connaissance. On m'a demandé mes identifiants PSC. Je n'ai rien saisi.")])

M("recruteur_fr", "fraud", "fr", "Sandrine Picard - Recrutement Santé", "s.picard.recrutement@outlook.fr",
  "Proposition poste médecin coordinateur - 9 500 € net/mois", "2025-02-12 13:13", """
Bonjour Docteur,

Je me permets de vous contacter au sujet d'un poste de médecin coordinateur en EHPAD (groupe privé, Bretagne), 4 jours par semaine, rémunération 9 500 € net mensuel, logement de fonction.

Votre profil correspond parfaitement. Afin de constituer votre dossier pour l'entretien avec la direction, merci de m'envoyer dès que possible :
- copie recto-verso de votre pièce d'identité
- votre carte Vitale et votre attestation de droits
- un RIB
- votre numéro RPPS et la copie de votre carte CPS

Le dossier doit être complet avant jeudi pour que votre candidature soit retenue.

Sandrine Picard
Chargée de recrutement
06 13 57 28 44
""", fw=[("samsung", 15, "Bonjour, on me demande ma carte vitale et CPS pour un poste. Bizarre non ?")])

M("locum_uk", "fraud", "en", "NHS Locum Solutions", "careers@nhs-locum-solutions.uk",
  "Locum GP vacancy - 1,100 GBP/day - Visa and GMC fees covered", "2024-12-02 07:30", """
Dear Doctor,

Following your online profile, we are pleased to inform you that you have been shortlisted for a Locum GP position in Manchester (6 months, 1,100 GBP per day).

Our client covers your relocation, but to start the process with the GMC and the Home Office you must first pay the registration fee of 650 GBP, which will be refunded with your first salary.

Please send a scan of your passport and medical diploma, and complete the payment here:
[[GMC pre-registration|https://nhs-locum-solutions.uk/gmc-fee]]

Kind regards,
Dr. James Whitfield
Recruitment Lead
""", fw=[("gmail_en", 15, "Is it possible this is a real NHS agency? Thank you")])

M("congres_dubai", "fraud", "en", "Organizing Committee - WCFMPC 2025", "committee@worldfamilymedicine-congress.com",
  "Invitation as Keynote Speaker - World Congress on Family Medicine and Primary Care, Dubai", "2025-01-15 04:22", """
Dear Dr. Quéré,

Greetings from the World Congress on Family Medicine and Primary Care 2025 (WCFMPC 2025), to be held in Dubai, UAE, on September 18-19, 2025.

Having gone through your eminent work, we are delighted to invite you as a Keynote Speaker. Kindly let us know your interest along with your talk title.

Please note that speakers are requested to complete the registration (speaker fee: 799 USD) to confirm the slot. Early bird deadline: January 31.

[[Register as Speaker|https://worldfamilymedicine-congress.com/speaker-registration]]

Awaiting your positive response.
Sarah Williams
Program Manager, WCFMPC 2025
WhatsApp: +1 (302) 455-8812
""", fw=[("laposte", 4, "Jamais publié quoi que ce soit... pour info")])

M("journal_apc", "fraud", "en", "Editorial Office - Journal of Clinical Medicine & Case Reports", "editor@jcmcr-openaccess.org",
  "Call for papers - Vol 9 Issue 3 - fast publication in 7 days", "2025-03-05 03:03", """
Dear Dr. Jouan,

We have read your article on atrial fibrillation with great interest. On behalf of the Editorial Board we cordially invite you to submit a manuscript (research, review, case report, or even a short commentary) for our upcoming issue.

- Peer review in 72 hours
- Publication within 7 days of acceptance
- Indexed in Google Scholar, Crossref
- Article processing charge: 1,299 USD (50 % discount this month only)

Submit online: [[jcmcr-openaccess.org/submit|https://jcmcr-openaccess.org/submit]]

With regards,
Jessica Brown
Managing Editor
""", fw=[("att", 6, "Predatory journal, pour la collection.", {"client": "tb_fr"})])

M("heritage_en", "fraud", "en", "Barrister David Mensah", "barr.davidmensah@mensah-chambers-law.com",
  "Confidential: unclaimed estate of late Dr. Pierre Le Bihan", "2024-10-12 14:14", """
Dear Dr. Le Bihan,

I am Barrister David Mensah, personal attorney to the late Dr. Pierre Le Bihan, a French national who worked as a consultant in Accra and died intestate with his wife in 2021.

He left a deposit of 4.7 million USD with a bank here. After an unsuccessful search for his relatives, I contacted you because you share the same surname. I propose to present you as next of kin so that the funds can be released; we will share the proceeds 50/50.

This transaction is 100 % risk free. Please reply with your full name, phone number and a copy of your ID, or call me on +233 24 418 7720.

Yours faithfully,
Barr. David Mensah, Esq.
""", fw=[("sfr", 8, "ahah")])

M("gift_card_boss", "fraud", "fr", "Dr Patrick Hervé", "drpatrickherve.cabinet@gmail.com",
  "Tu es dispo ?", "2025-03-26 10:58", """
Bonjour,

Tu es au cabinet ce matin ? J'ai besoin d'un petit service rapide, je suis en réunion à l'ARS et je ne peux pas téléphoner.

Envoyé de mon iPhone
""", fw=[("owa", 27, "Bonjour,\nNotre secrétaire a reçu ce mail au nom du Dr Hervé, qui n'utilise pas cette adresse. Quand elle a répondu, on lui a demandé d'acheter 4 cartes Google Play de 100 € « pour un cadeau aux patients ». Elle n'a rien acheté. Nous signalons l'usurpation.\nCordialement")])

# ============================================================ FRAUD : DPC / certification / Ordre / ANS / administrations
M("dpc_organisme_gestion", "fraud", "fr", "Organisme de Gestion du DPC", "validation@ogdpc-formation.fr",
  "Validation obligatoire de vos heures DPC 2023-2025", "2025-03-03 09:45", """
Docteur,

L'Organisme de Gestion du Développement Professionnel Continu vous informe que votre obligation triennale DPC 2023-2025 n'est à ce jour PAS VALIDÉE.

Vous disposez encore d'un crédit de formation de 1 470 € pris en charge à 100 %, qui sera définitivement perdu au 31 décembre.

Un conseiller dédié vous accompagne gratuitement pour créer votre compte et choisir vos actions. Nous aurons besoin de votre identifiant Mon DPC et de votre numéro RPPS.

[[Je valide mon parcours DPC|https://ogdpc-formation.fr/validation]]

Ou par téléphone : 01 87 66 30 12 (du lundi au vendredi, 9h-18h)

Service Validation DPC
""", fw=[("gmail_fr", 17, "Bonjour, est-ce une arnaque ?"),
         ("pasted", 5, "Bonjour\nje recopie le texte d'un mail reçu sur ma messagerie pro (je ne peux pas le transférer depuis l'intranet) :", {"client": "free"})])

S("dpc_snc_call", "fraud", "fr", "2025-02-18 12:00", """
Signalement d'un appel téléphonique reçu le 18/02 à 12h15 au cabinet.

La personne s'est présentée comme « Service National de la Certification Périodique », a exigé de me parler personnellement en disant que c'était « une obligation légale ». Elle m'a expliqué que je n'avais pas validé mes actions de certification périodique et que « sans régularisation avant la fin du mois, une procédure de radiation serait engagée auprès de l'Ordre ». Elle voulait que je lui donne mon identifiant et mon mot de passe Mon DPC pour « faire l'inscription à ma place ». J'ai refusé. Numéro affiché : 04 28 29 61 07. Ils ont rappelé deux fois depuis le 04 28 29 61 15.
""", fw=[("typed", 6, "", {"subject": "Démarchage téléphonique certification périodique", "client": "outlook_fr"}),], kind="call", subject="Appel")

S("dpc_sms_droits", "fraud", "fr", "2025-03-20 17:30", """
Je viens de recevoir ce SMS (numéro 06 45 90 18 72) :

Dr, vos droits DPC 2025 (1800€) expirent le 31/03. Sans action de votre part ils seront perdus. Activez-les en 2 min : https://dpc-droits2025.fr/activer Stop au 36111
""", fw=[("typed", 0, "Bonjour,", {"subject": "SMS DPC", "client": "gmail_fr"}),
         ("typed", 18, "Bonjour, plusieurs médecins de la MSP ont reçu le même SMS aujourd'hui, voici le texte :", {"subject": "SMS droits DPC reçus à la MSP", "client": "outlook_fr"})])

M("dpc_credit_perdu", "fraud", "fr", "Mon DPC - Information", "information@mon-dpc-formation.fr",
  "Dr, votre enveloppe DPC de 1 470 € n'a pas été utilisée", "2024-11-28 11:30", """
Bonjour Docteur,

Selon nos informations, votre enveloppe individuelle DPC pour l'année en cours n'a pas encore été utilisée.

Pour rappel, cette enveloppe est financée par l'Agence nationale du DPC et n'est PAS reportable. Nos formations en e-learning (2 h, 100 % en ligne) vous permettent de valider votre obligation et d'être indemnisé jusqu'à 630 €.

[[Voir mes formations éligibles|https://mon-dpc-formation.fr/catalogue?src=mail]]

Référence de votre dossier : DPC-2024-MG-35-00412

Service Information Mon DPC
""", fw=[("tb_fr", 1, "Bonjour,\nLe nom ressemble au site officiel mondpc.fr mais ce n'est pas la même adresse. Qu'en pensez-vous ?")])

M("dpc_cellule_controle", "fraud", "fr", "Cellule de contrôle des obligations de formation", "controle@obligations-formation-sante.fr",
  "NOTIFICATION - Manquement à l'obligation de formation continue", "2025-01-13 08:08", """
NOTIFICATION DE MANQUEMENT
Réf. : CCOF/2025/0188-35

Docteur,

Après vérification de votre dossier, la Cellule de contrôle constate que vous n'avez justifié d'aucune action de formation continue au titre des années 2023-2024.

En application de l'article L.4021-1 du Code de la santé publique, ce manquement est susceptible d'entraîner une SUSPENSION TEMPORAIRE D'EXERCICE ainsi qu'une information de votre Conseil départemental de l'Ordre.

Vous disposez d'un délai de 10 jours pour régulariser votre situation en vous inscrivant à un programme agréé. Notre service vous contactera par téléphone afin de finaliser votre inscription.

Pour toute contestation : 01 70 38 95 44.

Le responsable de la Cellule de contrôle
""", fw=[("att", 21, "Bonjour,\nJe suis très inquiète, je n'ai effectivement pas fait beaucoup de DPC ces dernières années. Est-ce que cet organisme peut vraiment suspendre mon exercice ?\nMerci de votre aide", {"client": "apple"}),
         ("outlook_fr_name", 14, "Pour info, reçu par plusieurs praticiens du CH.")])

S("dpc_whatsapp_conseillere", "fraud", "fr", "2025-02-05 09:00", """
Message WhatsApp reçu ce matin du +33 7 80 52 14 96, photo de profil avec le logo ANDPC :

« Bonjour Docteur, je suis Laura, votre conseillère attitrée à l'Agence Nationale du DPC. Votre compte n'est pas encore activé pour 2025. Je peux le faire avec vous en 5 minutes, j'ai juste besoin de votre adresse mail de connexion et du code que vous allez recevoir par SMS. Bonne journée ! »
""", fw=[("typed", 12, "Bonjour,\nJe vous transmets une capture retranscrite, je n'ai pas répondu.", {"subject": "Whatsapp se disant de l'ANDPC", "client": "outlook_fr"})], kind="typed", subject="WhatsApp")

M("haute_autorite_certif", "fraud", "fr", "Haute Autorité de la Certification Médicale", "notification@hacm-certification.fr",
  "Votre dossier de certification périodique est incomplet", "2025-03-14 10:10", """
Haute Autorité de la Certification Médicale
Direction régionale Bretagne

Docteur,

Dans le cadre de la certification périodique instaurée par l'ordonnance n° 2021-961 du 19 juillet 2021, votre dossier individuel présente des actions manquantes pour le premier cycle.

Afin d'éviter la transmission de votre dossier à la commission de l'Ordre, nous vous invitons à compléter dès maintenant votre espace en vous connectant avec votre carte CPS ou votre e-CPS.

[[Accéder à mon dossier de certification|https://hacm-certification.fr/espace-medecin]]

Nos conseillers régionaux sont joignables au 02 30 96 41 58.

Direction régionale de certification périodique - Bretagne
""", fw=[("apple", 12, "Bonjour, est-ce officiel ? merci")])

M("cnom_cotisation_fake", "fraud", "fr", "Conseil National de l'Ordre des Médecins", "cotisation@ordre-medecins-cotisations.fr",
  "Rappel : cotisation ordinale 2025 non réglée - majoration de 10 %", "2025-04-08 07:35", """
Conseil National de l'Ordre des Médecins
Service des cotisations

Docteur,

Sauf erreur de notre part, votre cotisation ordinale pour l'année 2025 (335 €) n'a pas été réglée à ce jour.

Conformément à l'article L.4122-2 du code de la santé publique, le défaut de paiement peut entraîner des poursuites disciplinaires. Une majoration de 10 % sera appliquée à compter du 15 avril.

Vous pouvez régler en ligne par carte bancaire en toute sécurité :
[[Payer ma cotisation 2025|https://ordre-medecins-cotisations.fr/paiement?rpps=]]

Le service des cotisations
""", fw=[("gmail_fr", 0, "Bonjour,\nJ'ai pourtant payé ma cotisation en janvier par prélèvement. Pouvez-vous vérifier ?"),
         ("laposte", 19, ""),
         ("outlook_fr", 2, "Bonjour,\nLe Dr Lambert a reçu ce message. Il a payé sa cotisation au conseil départemental. Merci de confirmer qu'il s'agit d'une fraude.")])

M("cnom_elections_fake", "fraud", "fr", "Élections ordinales 2025", "vote@elections-ordre-medecins.com",
  "Élections au conseil départemental : votre code de vote électronique", "2025-05-06 18:00", """
Ordre des médecins - Élections ordinales 2025

Docteur,

Le scrutin pour le renouvellement par moitié de votre conseil départemental est ouvert jusqu'au 15 mai à 12h.

Pour voter, connectez-vous à la plateforme sécurisée avec votre numéro RPPS et votre mot de passe de messagerie professionnelle. Votre code de vote vous sera ensuite envoyé par SMS.

[[Accéder au vote|https://elections-ordre-2025.web.app/vote]]

La participation est une obligation déontologique.

Le Bureau des élections
""", fw=[("outlook_fr", 26, "Bonjour,\nLes élections ne se font-elles pas par correspondance ? Je n'ai jamais voté en ligne.")])

M("cnom_radiation", "fraud", "fr", "Ordre des Médecins - Chambre disciplinaire", "greffe.disciplinaire@cnom-juridique.fr",
  "Engagement d'une procédure de radiation - Réf. CD/2025/3517", "2025-02-24 16:40", """
ORDRE NATIONAL DES MÉDECINS
Chambre disciplinaire - Greffe

Docteur,

Nous vous informons qu'une procédure de radiation du tableau de l'Ordre a été engagée à votre encontre pour non-respect de vos obligations de certification et de formation.

Vous pouvez faire valoir vos observations et suspendre la procédure en contactant le greffe sous 5 jours ouvrés au 01 89 20 37 71. Munissez-vous de votre numéro RPPS.

A défaut, la décision de radiation sera rendue exécutoire et transmise à la CPAM et à l'ARS.

Le greffier
""", fw=[("att", 23, "Bonjour,\nUn de nos praticiens a reçu ce courrier, il est très inquiet. Pouvez-vous nous confirmer que ce n'est pas un envoi de l'Ordre ?", {"client": "outlook_fr"}),
         ("gmail_fr", 20, "??")])

M("cnom_rpps_maj", "fraud", "fr", "Ordre des médecins - Mise à jour RPPS", "rpps-maj@ordre-medecin-rpps.com",
  "Mise à jour obligatoire de vos données RPPS avant le 30/06", "2025-06-02 10:20", """
Docteur,

Suite à la refonte du Répertoire Partagé des Professionnels de Santé, chaque médecin inscrit au Tableau doit mettre à jour ses données avant le 30 juin 2025. Les dossiers non mis à jour seront considérés comme inactifs et votre carte CPS sera désactivée.

Documents à fournir via le formulaire sécurisé :
- pièce d'identité recto-verso
- justificatif de domicile
- RIB professionnel (pour le remboursement de la CPS)

[[Mettre à jour mon dossier RPPS|https://ordre-medecin-rpps.com/formulaire]]

Service RPPS - Ordre des médecins
""", fw=[("yahoo", 9, "Bonjour\nOn me demande mon RIB pour la CPS ? merci de me dire")])

M("ecps_expire", "fraud", "fr", "Agence du Numérique en Santé", "ne-pas-repondre@e-cps-renouvellement.fr",
  "Votre e-CPS expire dans 3 jours", "2025-01-27 07:07", """
Agence du Numérique en Santé

Bonjour,

Votre carte CPS virtuelle (e-CPS) arrive à expiration le 30/01/2025. Après cette date, vous ne pourrez plus vous connecter aux services en ligne (Mon DPC, ameli pro, DMP, MSSanté).

Le renouvellement est gratuit et ne prend que quelques minutes. Munissez-vous de votre carte CPS et de son code PIN.

[[Renouveler mon e-CPS|https://e-cps-renouvellement.fr/activation]]

L'équipe e-CPS
""", fw=[("gmail_fr", 22, "Bonjour, je reçois ça, mon e-CPS marche très bien. On me demande le code PIN de ma carte. Arnaque ?"),
         ("eml", 6, "Ci-joint le message original.")])

M("psc_connexion", "fraud", "fr", "Pro Santé Connect", "securite@prosanteconnect-alerte.com",
  "Connexion inhabituelle à votre compte Pro Santé Connect", "2025-04-15 02:12", """
Une nouvelle connexion à votre compte Pro Santé Connect a été détectée.

Appareil : Windows 10 - Chrome
Localisation : Kiev, Ukraine
Date : 15/04/2025 02:09

Si vous n'êtes pas à l'origine de cette connexion, réinitialisez immédiatement votre mot de passe et votre code e-CPS :

[[Sécuriser mon compte|https://prosanteconnect-alerte.com/reinit]]

Pro Santé Connect - Agence du Numérique en Santé
""", fw=[("ios", 7, "Help")])

M("mssante_desactivation", "fraud", "fr", "MSSanté - Administrateur", "admin@mssante-messagerie.net",
  "Votre boîte MSSanté sera désactivée le 31/03", "2025-03-17 13:50", """
Madame, Monsieur,

Dans le cadre du Ségur du numérique, les boîtes aux lettres MSSanté non migrées vers la nouvelle plateforme seront désactivées le 31 mars 2025. Vos messages et pièces jointes seront supprimés.

Pour migrer votre boîte, connectez-vous avec votre adresse MSSanté et votre mot de passe :

[[Migrer ma boîte MSSanté|https://mssante-messagerie.net/migration/login.php]]

Service technique MSSanté
""", fw=[("att", 6, "", {"client": "tb_fr"})])

M("cpam_indu", "fraud", "fr", "Assurance Maladie - Service Contentieux", "contentieux@assurance-maladie-indus.fr",
  "Notification d'indu - remboursement de 3 240,00 € à effectuer", "2024-12-09 11:40", """
L'Assurance Maladie

Objet : notification de payer un indu (article L.133-4 du code de la sécurité sociale)

Docteur,

Le contrôle de votre activité sur la période 2022-2023 a mis en évidence une facturation non conforme de majorations (MPA/MCS). Le montant de l'indu s'élève à 3 240,00 €.

Vous pouvez régler ce montant en ligne ou demander un échéancier avant le 20/12/2024 :
[[Accéder à mon espace - ameli.fr|https://ameli-pro-regularisation.com/indu/2024-35-11872]]

A défaut de règlement, la somme sera retenue sur vos prochains paiements et une pénalité financière pourra être prononcée.

Votre caisse primaire d'assurance maladie
""", fw=[("outlook_fr", 10, "Bonjour,\nJe trouve le mail très crédible. J'ai appelé ma CPAM qui n'était au courant de rien. Le lien ne va pas vers ameli. Je vous le transmets.")])

S("ameli_sms_vitale", "fraud", "fr", "2025-01-16 10:00", """
SMS reçu (expéditeur "AMELI") :
Assurance Maladie : Votre carte Vitale expire le 17/01/2025. Commandez gratuitement la nouvelle carte sur : ameli-carte-vitale.info/renouveler
""", fw=[("typed", 13, "Bonjour,\nLe Dr Riou m'a demandé de vous transmettre ce SMS reçu sur son portable :", {"subject": "SMS ameli", "client": "gmail_fr"}),
         ("typed", 24, "sms reçu ce matin", {"subject": "sms"})])

M("urssaf_majoration", "fraud", "fr", "URSSAF - Praticiens et Auxiliaires Médicaux", "pam@urssaf-regularisation.com",
  "Régularisation de vos cotisations - mise en demeure avant majoration", "2025-05-12 09:25", """
Urssaf
Praticiens et auxiliaires médicaux

Madame, Monsieur,

Après rapprochement de vos revenus 2024 déclarés, un solde de cotisations de 1 874,00 € reste dû. Sans régularisation sous 8 jours, une majoration de retard de 5 % et des pénalités seront appliquées.

Pour éviter toute procédure de recouvrement forcé, réglez en ligne ou mettez à jour vos coordonnées bancaires de prélèvement :

[[Régulariser ma situation|https://urssaf-regularisation.com/pam/paiement]]

Votre conseiller Urssaf
""", fw=[("samsung", 25, "C'est le vrai urssaf ?")])

M("impots_rembourse", "fraud", "fr", "DGFiP - impots.gouv.fr", "remboursement@impots-gouv-fr.com",
  "Vous bénéficiez d'un remboursement de 428,70 €", "2024-09-30 19:55", """
Direction générale des Finances publiques

Après les derniers calculs annuels de votre activité fiscale, nous avons déterminé que vous êtes admissible à un remboursement d'impôt de 428,70 €.

Veuillez soumettre la demande de remboursement et nous permettre de traiter votre dossier dans les 5 jours ouvrables.

Pour accéder au formulaire : [[https://www.impots.gouv.fr/particulier|https://dgfip-remboursement.sbs/formulaire/index.php]]

Note : un remboursement peut être retardé pour diverses raisons, par exemple la soumission de dossiers non valides.

Cordialement,
Service des Impôts des Particuliers
""", fw=[("orange", 16, "")])

S("antai_sms", "fraud", "fr", "2025-04-22 08:40", """
reçu sur mon portable perso ce matin :

"ANTAI : Avis de contravention n°7721950. Montant 35EUR, majoration à 135EUR après le 24/04. Réglez sur antai-paiement-amende.com"

je n'ai pas de voiture de société, et je ne suis pas passée devant un radar...
""", fw=[("typed", 7, "", {"subject": "Amende ?"})])

M("mondpc_reset_fake", "fraud", "fr", "Mon DPC", "ne-pas-repondre@mondpc-compte.fr",
  "Réinitialisation de votre mot de passe", "2025-03-21 05:44", """
Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre compte Mon DPC.

Pour définir un nouveau mot de passe, cliquez sur le lien ci-dessous (valable 30 minutes) :
[[https://www.mondpc.fr/mondpc/reinitialisation|https://mondpc-compte.fr/reset?token=a7f3e0c2]]

Si vous n'êtes pas à l'origine de cette demande, cliquez ici pour bloquer votre compte : [[Bloquer mon compte|https://mondpc-compte.fr/block?token=a7f3e0c2]]

L'équipe Mon DPC
""", fw=[("gmail_fr", 0, "Bonjour\nJe n'ai rien demandé. Je ne sais pas si c'est sérieux, je vous le transfère."),
         ("tb_fr", 4, "")])

M("ars_enquete_fake", "fraud", "fr", "ARS Bretagne - Veille sanitaire", "veille@ars-bretagne-sante.fr",
  "Enquête obligatoire : couverture vaccinale de votre patientèle (réponse sous 48h)", "2025-02-07 16:16", """
Agence Régionale de Santé Bretagne

Docteur,

Dans le cadre du plan régional de prévention, l'ARS conduit une enquête obligatoire auprès des médecins libéraux sur la couverture vaccinale de leur patientèle.

Le questionnaire est accessible après authentification avec vos identifiants ameli pro :
[[Répondre à l'enquête|https://ars-bretagne-sante.fr/enquete/vaccination]]

Les praticiens n'ayant pas répondu seront signalés à la délégation départementale.

Département veille et sécurité sanitaire
""", fw=[("outlook_fr", 14, "Pour info.")])

S("cpam_call_cps", "fraud", "fr", "2025-05-20 10:00", """
Coup de fil ce matin au cabinet : une femme se disant « agent du service de lutte contre la fraude de la CPAM d'Ille-et-Vilaine » m'explique que ma carte CPS a été « utilisée frauduleusement pour facturer des actes à Marseille » et qu'il faut la « bloquer ». Pour cela elle me demande le code PIN de ma CPS et mon code de connexion ameli pro. Elle connaissait mon numéro RPPS. J'ai raccroché, elle a rappelé deux fois. Numéro : 02 52 56 80 17 (le rappeler tombe sur une messagerie).

Merci de diffuser l'information.
""", fw=[("typed", 1, "Bonjour,", {"subject": "Faux agent CPAM", "client": "orange"})], kind="call", subject="Appel")

# ============================================================ SPAM : identifiable senders, commercial, no deception
M("sp_formation_dpc", "spam", "fr", "Formasanté Ouest", "contact@formasante-ouest.fr",
  "Programmes DPC 2025 : dépistage des troubles du neurodéveloppement (éligible ANDPC)", "2025-01-21 10:00", """
Chères consœurs, chers confrères,

Formasanté Ouest, organisme de DPC enregistré auprès de l'ANDPC (n° 4521), vous présente son programme 2025.

• Repérage et orientation des troubles du neurodéveloppement chez l'enfant - 7 h en présentiel, Rennes, 15 mars
• Prise en charge de l'insuffisance cardiaque en ville - classe virtuelle, 3 x 2 h

Ces actions sont prises en charge par l'ANDPC dans la limite de votre forfait annuel et indemnisées. L'inscription se fait sur votre compte personnel [[mondpc.fr|https://www.mondpc.fr]] avec la référence de l'action.

Programme détaillé : [[formasante-ouest.fr/programme-2025|https://www.formasante-ouest.fr/programme-2025]]
Une question ? 02 99 14 72 30

Pour ne plus recevoir nos informations : [[se désinscrire|https://www.formasante-ouest.fr/desinscription?e=4471]]
""", fw=[("gmail_fr", 0, "Bonjour, est-ce un organisme sérieux ? Il parle de l'ANDPC.")])

S("sp_call_formation", "spam", "fr", "2025-02-26 14:00", """
Appel reçu cet après-midi d'une commerciale de l'organisme « Académie Médicale Continue » (elle a donné ce nom, le site akademed-continue.fr et un numéro de rappel 02 40 88 15 90). Très insistante pour me vendre des formations DPC en e-learning « avant que les places soient prises », elle a rappelé 3 fois dans la semaine. Elle ne s'est pas fait passer pour l'ANDPC et ne m'a rien demandé d'autre que mon mail pour m'envoyer le catalogue. C'est légal ce harcèlement ?
""", fw=[("typed", 16, "Bonjour,", {"subject": "Démarchage formation", "client": "orange"})], kind="call", subject="Appel")

M("sp_congres_mg", "spam", "fr", "Journées Bretonnes de Médecine Générale", "inscriptions@jbmg-congres.fr",
  "J-30 : dernières places pour les Journées Bretonnes de Médecine Générale", "2025-04-10 08:30", """
Plus que 30 jours avant les JBMG 2025 !

Les 16 et 17 mai, au Couvent des Jacobins de Rennes, retrouvez 40 ateliers pratiques, 6 plénières et plus de 60 exposants.

Tarif médecin installé : 290 € (repas compris). Internes : gratuit.
Certains ateliers sont référencés DPC.

[[Je m'inscris|https://www.jbmg-congres.fr/inscription]]

Vous recevez ce message car vous avez participé à une précédente édition. [[Se désabonner|https://www.jbmg-congres.fr/unsubscribe]]
""", fw=[("apple", 12, "")])

M("sp_ecg_vendor", "spam", "fr", "Julie - Cardio Matériel Pro", "julie.martin@cardiomaterielpro.fr",
  "Offre de printemps : ECG 12 pistes connecté à -25 %", "2025-03-25 11:15", """
Bonjour Docteur,

Je me permets de vous présenter notre électrocardiographe 12 dérivations connecté, compatible avec la plupart des logiciels métiers, avec interprétation automatique.

Jusqu'au 30 avril : 1 490 € HT au lieu de 1 990 € HT, livraison et formation incluses.

Fiche produit : [[cardiomaterielpro.fr/ecg-12|https://www.cardiomaterielpro.fr/ecg-12]]

Je reste disponible pour une démonstration au cabinet, 06 72 40 18 55.

Julie Martin
Responsable commerciale Grand Ouest
Cardio Matériel Pro - SAS au capital de 50 000 € - Nantes
""", fw=[("outlook_fr", 2, "Pour information, nous recevons ces mails chaque semaine. Peut-on les bloquer ?")])

M("sp_ai_scribe", "spam", "en", "Noah from ScribeFlow", "noah@scribeflow.ai",
  "Save 2 hours a day on clinical notes", "2025-02-19 16:30", """
Hi Doctor,

Physicians using ScribeFlow spend 2 fewer hours per day on documentation. Our AI listens to the consultation (with patient consent) and drafts a structured note in your EHR.

- GDPR compliant, data hosted in the EU
- Works in French and English
- Free 30-day trial, no credit card

[[Start free trial|https://scribeflow.ai/trial?utm_source=outbound]]

Cheers,
Noah
Growth team, ScribeFlow

Not interested? [[Unsubscribe|https://scribeflow.ai/unsubscribe]]
""", fw=[("gmail_en", 22, "")])

M("sp_remplacements", "spam", "fr", "MedRemplace", "bonjour@medremplace.fr",
  "15 remplacements disponibles en Ille-et-Vilaine cet été", "2025-05-15 07:45", """
Bonjour Docteur,

Nouvelles missions publiées cette semaine près de chez vous :

- Cesson-Sévigné, cabinet de groupe, 1er au 21 juillet, rétrocession 75 %
- Dinard, cabinet seul, août complet, logement possible
- Fougères, MSP, 3 jours/semaine en septembre

[[Voir toutes les missions|https://www.medremplace.fr/missions?dep=35]]

L'équipe MedRemplace
Se désabonner : [[medremplace.fr/preferences|https://www.medremplace.fr/preferences]]
""", fw=[("gmail_fr", 15, "Bonjour, je ne suis pas sûre de m'être inscrite sur ce site, est-ce fiable ?")])

M("sp_immobilier", "spam", "fr", "Cabinets Santé Immobilier", "contact@cabinets-sante-immo.fr",
  "Local professionnel 85 m² en rez-de-chaussée, accessible PMR - Bruz", "2025-03-06 13:20", """
Bonjour,

Nous commercialisons un local professionnel idéal pour un cabinet médical ou paramédical à Bruz, en face de la pharmacie du centre.

85 m², 3 bureaux + salle d'attente, accessible PMR, parking 6 places.
Loyer : 1 350 € HC/mois - Vente possible.

Visites sur rendez-vous : 02 99 05 61 84

Cabinets Santé Immobilier
""", fw=[("outlook_fr", 18, "")])

M("sp_webinar_labo", "spam", "fr", "Laboratoires Arvalis Pharma - Information médicale", "webinaires@arvalis-pharma.fr",
  "Webinaire le 3 avril à 20h30 : actualités dans la prise en charge de la migraine", "2025-03-19 18:00", """
Docteur,

Nous avons le plaisir de vous inviter à notre webinaire animé par le Pr Anne Kerdraon, neurologue (CHU de Brest) :

« Migraine : quoi de neuf en 2025 ? »
Jeudi 3 avril, 20h30 - 21h30

[[Je m'inscris|https://events.arvalis-pharma.fr/migraine-2025]]

Cette réunion d'information est organisée par les Laboratoires Arvalis Pharma dans le respect de la réglementation relative à la publicité des médicaments.

Pour exercer vos droits ou vous désinscrire : [[arvalis-pharma.fr/donnees-personnelles|https://www.arvalis-pharma.fr/donnees-personnelles]]
""", fw=[("laposte", 19, "Je ne me suis jamais inscrite à leurs listes. Pour info.")])

M("sp_journal_newsletter", "spam", "en", "The Practitioner Weekly", "newsletter@practitionerweekly.com",
  "This week: GLP-1 shortages, long COVID guidelines, and burnout", "2025-01-10 06:00", """
THE PRACTITIONER WEEKLY
Issue 412 - 10 January 2025

1. GLP-1 shortages: how practices are managing waiting lists
2. New long COVID guidelines, what changes in primary care
3. Physician burnout: five evidence-based interventions

[[Read the issue online|https://www.practitionerweekly.com/issues/412]]

Subscribe to Premium for full access: 9.99 USD/month.

You're receiving this because you signed up at a partner event. [[Manage preferences|https://www.practitionerweekly.com/preferences]]
""", fw=[("pasted", 15, "", {"client": "gmail_en", "dashes": True})])

M("sp_escardio", "spam", "en", "ESC Congress", "congress@mailing.escardio.org",
  "Registration is now open - ESC Congress 2025 Madrid", "2025-03-12 12:00", """
ESC Congress 2025
29 August - 1 September, Madrid & Online

Registration is now open. Register before 15 May to benefit from the early fee.

[[Register now|https://www.escardio.org/Congresses-Events/ESC-Congress/Registration]]

European Society of Cardiology, Les Templiers, 2035 Route des Colles, 06410 Biot, France
[[Unsubscribe|https://www.escardio.org/unsubscribe]]
""", fw=[("att", 6, "Spam ou non ? Je n'ai pas donné mon adresse MSSanté à l'ESC.", {"client": "tb_fr"})])

M("sp_rcp_assurance", "spam", "fr", "Thomas Le Roux - Courtier santé", "t.leroux@leroux-courtage-sante.fr",
  "Votre RCP médicale : êtes-vous bien couvert ?", "2024-10-16 09:40", """
Docteur,

Courtier indépendant spécialisé dans les professions de santé depuis 15 ans, je compare pour vous les contrats de responsabilité civile professionnelle et de prévoyance des principaux assureurs.

Nos clients généralistes économisent en moyenne 18 % sur leur RCP à garanties égales.

Un devis gratuit et sans engagement : répondez simplement à ce mail ou appelez-moi au 02 23 45 90 71.

Thomas Le Roux
Leroux Courtage Santé - ORIAS n° 19 004 512
[[www.leroux-courtage-sante.fr|https://www.leroux-courtage-sante.fr]]
""", fw=[("legacy", 26, "Bonjour, pour info, sollicitation commerciale reçue")])

M("sp_site_web", "spam", "fr", "Kevin - SiteMédecin", "kevin@sitemedecin.fr",
  "Docteur, vos patients vous cherchent sur internet (et ne vous trouvent pas)", "2025-04-01 10:05", """
Bonjour Docteur,

J'ai cherché « médecin généraliste Mordelles » sur Google et votre cabinet n'apparaît qu'en page 2. 75 % des patients ne vont jamais au-delà de la première page !

Chez SiteMédecin, on crée des sites conformes au code de déontologie (pas de publicité, juste de l'information pratique) : horaires, accès, lien vers votre prise de rendez-vous.

Offre de lancement : 490 € au lieu de 890 €, valable jusqu'à vendredi seulement !!!

Réservez un appel de 10 minutes : [[sitemedecin.fr/rdv|https://sitemedecin.fr/rdv]]

Kevin, fondateur
""", fw=[("orange", 1, "Les relances sont quotidiennes, c'est de l'arnaque ?")])

M("sp_survey_panel", "spam", "en", "MedPanel Research", "invitations@medpanelresearch.com",
  "Paid survey for French GPs - 60 EUR honorarium (20 minutes)", "2025-02-04 15:00", """
Dear Doctor,

We are conducting a market research study among general practitioners in France on the management of type 2 diabetes. The survey takes about 20 minutes and you will receive an honorarium of 60 EUR upon completion.

Your answers are anonymous and will be reported in aggregate only. This study complies with the EphMRA code of conduct.

[[Take the survey|https://survey.medpanelresearch.com/s/T2D-FR-2025]]

MedPanel Research Ltd, London
""", fw=[("outlook_en", 25, "Is this legit? Looks like spam but they don't ask for anything.")])

M("sp_transcription", "spam", "en", "Priya Sharma", "priya@medscribe-outsourcing.in",
  "Medical transcription and billing services at 60% lower cost", "2024-11-19 06:30", """
Hello Doctor,

Hope you are doing well.

We are a medical transcription and back-office company based in Pune, India, working with clinics in the UK, USA and Europe. We provide:

- Dictation transcription (French and English), 24h turnaround
- Appointment management and patient recall
- Billing follow-up

Pricing starts at 4 EUR per hour of audio. Would you be open to a free trial this week?

Warm regards,
Priya Sharma
Business Development Manager
MedScribe Outsourcing Pvt Ltd
+91 98220 41375
""", fw=[("yahoo", 9, "")])

M("sp_cafe_bureau", "spam", "fr", "Bureau Pro Fournitures", "promo@bureaupro-fournitures.fr",
  "-30 % sur le papier d'examen, les gants et le gel hydroalcoolique", "2025-01-30 07:00", """
PROMOS DE LA SEMAINE

Draps d'examen 50 x 38 m (carton de 12) : 39,90 € au lieu de 57,00 €
Gants nitrile, boîte de 100 : 4,20 €
Gel hydroalcoolique 500 ml : 2,90 €

Livraison offerte dès 99 € d'achat.

[[J'en profite|https://www.bureaupro-fournitures.fr/promos-sante]]

Bureau Pro Fournitures - Service client 02 51 70 33 12
Vous ne souhaitez plus recevoir nos offres ? [[Cliquez ici|https://www.bureaupro-fournitures.fr/optout]]
""", fw=[("gmail_fr", 13, "Bonjour, nous ne sommes pas clients de ce fournisseur. Spam ?")])

M("sp_patrimoine", "spam", "fr", "Cabinet Arbor Gestion Privée", "rdv@arbor-gestion-privee.fr",
  "Médecins libéraux : optimiser votre retraite avec le PER", "2024-10-08 12:30", """
Docteur,

Les médecins libéraux cotisent à la CARMF mais leur taux de remplacement reste souvent inférieur à 50 %. Le Plan d'Épargne Retraite permet de compléter vos revenus futurs tout en réduisant votre impôt dès cette année.

Nos conseillers en gestion de patrimoine (CIF, membre de la CNCGP) vous proposent un bilan retraite gratuit.

[[Réserver mon bilan|https://www.arbor-gestion-privee.fr/bilan-retraite]]

Les performances passées ne préjugent pas des performances futures. Investir comporte un risque de perte en capital.
""", fw=[("tb_fr", 4, "Celui-là au moins a des mentions légales...")])

S("sp_sms_blouses", "spam", "fr", "2025-02-10 12:00", """
SMS reçu de "BlouseMed" : "Soldes d'hiver : -40% sur les blouses et tuniques médicales jusqu'au 16/02 ! blousemed.fr STOP 36180"
""", fw=[("typed", 24, "Comment ont-ils eu mon numéro ?", {"subject": "pub sms"})])

M("sp_secretariat", "spam", "fr", "Allô Secrétariat Médical", "commercial@allo-secretariat-medical.fr",
  "Votre secrétariat téléphonique dès 89 €/mois", "2025-03-10 08:50", """
Bonjour Docteur,

Vous passez trop de temps au téléphone entre deux consultations ? Nos secrétaires médicales, basées à Angers, prennent vos appels du lundi au samedi, gèrent votre agenda et filtrent les urgences.

Sans engagement, mise en place en 48 h. Premier mois offert.

Pour en savoir plus : [[allo-secretariat-medical.fr|https://www.allo-secretariat-medical.fr]] ou 02 41 19 60 70.

Allô Secrétariat Médical - SARL - Angers
""", fw=[("outlook_fr", 27, "")])

M("sp_seo_en", "spam", "en", "Daniel Ross", "daniel@rankwell-digital.co.uk",
  "Quick question about your clinic website", "2025-01-23 14:40", """
Hi there,

I was checking your website and noticed a few things that may be holding you back in Google: slow load time on mobile, missing meta descriptions and no schema markup for medical practices.

We are a small SEO agency working with dental and medical clinics. I would be happy to send you a free 1-page audit, no strings attached.

Would that be helpful?

Best,
Daniel Ross
RankWell Digital
""", fw=[("gmail_en", 10, "Pour info, spam en anglais.")])

M("sp_patientele", "spam", "fr", "Cession Santé - la lettre", "lettre@cession-sante.fr",
  "Lettre n°58 : 12 nouvelles annonces de cession de patientèle en Bretagne", "2025-04-03 06:15", """
LA LETTRE DE CESSION SANTÉ - n°58

Nouvelles annonces dans votre région :
- Médecine générale, Redon : cession de patientèle, cabinet de groupe, départ en retraite fin 2025
- Pédiatrie, Saint-Malo : recherche associé(e)
- Dermatologie, Vannes : cabinet équipé à reprendre

[[Voir les annonces|https://www.cession-sante.fr/annonces?region=bretagne]]

Déposer une annonce : 120 € TTC pour 3 mois.

Vous recevez cette lettre car vous êtes inscrit sur cession-sante.fr. [[Désinscription|https://www.cession-sante.fr/desinscription]]
""", fw=[("laposte", 4, "")])

M("sp_device_webinar", "spam", "en", "Dermalux Imaging", "events@dermaluximaging.com",
  "Webinar: AI-assisted dermoscopy in primary care (April 24)", "2025-04-08 17:00", """
Join our free live webinar

AI-assisted dermoscopy in primary care: what the evidence says
Thursday, April 24 - 6:00 PM CET

Speakers: Dr. Laura Becker (dermatologist, Munich) and our product team.
We will also show a live demo of the DermaLux D300 handheld dermatoscope.

[[Save my seat|https://dermaluximaging.com/webinars/ai-dermoscopy]]

Dermalux Imaging GmbH, Munich, Germany
""", fw=[("outlook_en", 12, "")])

M("sp_guide_livre", "spam", "fr", "Éditions Médicales Lorient", "commandes@editions-med-lorient.fr",
  "Nouveauté : Guide de thérapeutique pratique 2025 - 15 % de remise", "2024-12-03 10:00", """
Docteur,

La 9e édition du Guide de thérapeutique pratique est parue : 1 250 pages, 320 fiches mises à jour, nouvelles recommandations HAS intégrées.

Prix public : 79 € - pour vous jusqu'au 31 décembre : 67,15 € avec le code GUIDE25.

[[Commander|https://www.editions-med-lorient.fr/guide-therapeutique-2025]]

Éditions Médicales Lorient
""", fw=[("att", 24, "", {"client": "free"})])

M("sp_comptable", "spam", "fr", "Compta Libéral Santé", "info@compta-liberal-sante.fr",
  "Déclaration 2035 : ne faites plus votre compta le dimanche", "2025-02-27 19:30", """
Bonjour Docteur,

La déclaration 2035 approche. Et si cette année, vous la confiiez à des experts-comptables spécialisés en professions de santé ?

À partir de 59 € HT par mois : tenue comptable, 2035, adhésion AGA, conseils fiscaux.

Premier rendez-vous offert : [[Je prends rendez-vous|https://www.compta-liberal-sante.fr/rdv]]

Compta Libéral Santé - cabinet inscrit à l'Ordre des experts-comptables
""", fw=[("pasted", 25, "", {"client": "samsung"})])

M("sp_dpc_pushy", "spam", "fr", "Campus Santé Formation", "inscriptions@campus-sante-formation.fr",
  "DERNIER RAPPEL : il reste 4 places - formation DPC urgences pédiatriques", "2025-05-05 07:50", """
DERNIER RAPPEL !

Il ne reste que 4 places pour notre formation « Urgences pédiatriques au cabinet » (DPC n° 45212500012, prise en charge ANDPC selon votre forfait).

Samedi 24 mai, Rennes, 9h-17h. Déjeuner offert.

Inscrivez-vous sur votre compte Mon DPC (mondpc.fr) avec le numéro de l'action, ou contactez Amandine au 02 99 63 20 41, elle vous guide pas à pas.

Ne laissez pas passer votre forfait 2025 !

Campus Santé Formation - organisme de DPC enregistré
[[campus-sante-formation.fr|https://www.campus-sante-formation.fr]]
""", fw=[("gmail_fr", 17, "Bonjour, le ton « dernier rappel » me met la puce à l'oreille. Arnaque ou pas ?")])

M("sp_telemed", "spam", "fr", "Camille de TéléConsult+", "camille@teleconsultplus.fr",
  "Compléter vos revenus en téléconsultation le soir ?", "2025-01-08 20:05", """
Bonjour Docteur,

TéléConsult+ recherche des médecins généralistes inscrits à l'Ordre pour assurer des créneaux de téléconsultation le soir et le week-end, depuis chez vous.

- Vous choisissez vos créneaux
- Rémunération à l'acte, facturation gérée par la plateforme
- Conforme aux règles de l'Assurance Maladie sur la téléconsultation

Plus d'informations : [[teleconsultplus.fr/medecins|https://www.teleconsultplus.fr/medecins]]

Camille, chargée de recrutement médical
""", fw=[("tb_fr", 21, "")])

# ============================================================ LEGITIMATE : genuine senders the doctor doubted
M("lg_ms_signin", "legitimate", "en", "Microsoft account team", "account-security-noreply@accountprotection.microsoft.com",
  "Microsoft account unusual sign-in activity", "2025-02-09 08:22", """
Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to your Microsoft account.

Sign-in details
Country/region: France
IP address: 90.84.12.201
Date: 09/02/2025 08:19 (GMT)
Platform: iOS
Browser: Outlook mobile

If this was you, you can safely ignore this email. If you're not sure, please [[review your recent activity|https://account.live.com/Activity]].

To opt out or change where you receive security notifications, [[click here|https://account.live.com/SecurityNotifications/Update]].

Thanks,
The Microsoft account team
""", fw=[("outlook_fr", 12, "Bonjour, je me suis connectée depuis mon nouveau téléphone ce matin mais je préfère vérifier que ce mail est bien de Microsoft.")])

M("lg_google_alert_fr", "legitimate", "fr", "Google", "no-reply@accounts.google.com",
  "Alerte de sécurité", "2025-01-05 21:34", """
Nouvelle connexion sur un appareil Windows

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. Si vous êtes à l'origine de cette action, vous n'avez rien à faire. Si ce n'est pas le cas, nous vous aiderons à sécuriser votre compte.

[[Consulter l'activité|https://accounts.google.com/AccountChooser?continue=https://myaccount.google.com/alert/nt/1736109240000]]

Vous pouvez également voir l'activité liée à la sécurité à l'adresse suivante :
https://myaccount.google.com/notifications

Cet e-mail vous a été envoyé pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""", fw=[("gmail_fr", 22, "Bonjour, c'est le nouvel ordinateur du cabinet, mais le mail ressemble aux arnaques qu'on reçoit. C'est bien Google ?")])

M("lg_mondpc_reset", "legitimate", "fr", "Mon DPC", "ne-pas-repondre@mondpc.fr",
  "Mon DPC - Réinitialisation de votre mot de passe", "2025-03-13 21:02", """
Bonjour Docteur,

Vous avez demandé la réinitialisation de votre mot de passe sur le site Mon DPC.

Pour choisir un nouveau mot de passe, veuillez cliquer sur le lien suivant :
https://www.mondpc.fr/mondpc/reinitialisation?jeton=8c41e7

Ce lien est valable 24 heures. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste inchangé.

L'équipe Mon DPC
Agence nationale du DPC
""", fw=[("att", 5, "Bonjour,\nJ'ai bien fait une demande de mot de passe oublié hier soir, mais avec tous vos avertissements sur les faux mails DPC je préfère vérifier avant de cliquer. Merci !", {"client": "free"})])

M("lg_doctolib_facture", "legitimate", "fr", "Doctolib", "no-reply@doctolib.fr",
  "Votre facture Doctolib - mars 2025", "2025-04-01 06:10", """
Bonjour Docteur Riou,

Votre facture du mois de mars 2025 est disponible dans votre espace Doctolib.

Montant : 149,00 € HT (178,80 € TTC)
Prélèvement prévu le 05/04/2025 sur le compte se terminant par 4471.

[[Voir ma facture|https://pro.doctolib.fr/billing/invoices]]

Merci de votre confiance,
L'équipe Doctolib
""", fw=[("gmail_fr", 13, "Bonjour,\nSuite à la fausse facture Doctolib de la semaine dernière, voici celle que nous venons de recevoir. Est-ce bien la vraie ?")])

M("lg_orange_facture", "legitimate", "fr", "Orange", "facture@orange.fr",
  "Votre facture Orange Pro est disponible", "2025-02-12 05:40", """
Bonjour,

Votre facture Orange Pro de février 2025 est disponible.

Montant : 64,99 € TTC
Date de prélèvement : 24/02/2025

Consultez-la dans votre Espace Client : [[espace-client-pro.orange.fr|https://espace-client-pro.orange.fr/facture-paiement]]

Pour des raisons de sécurité, Orange ne vous demandera jamais vos coordonnées bancaires ou vos mots de passe par e-mail.

Orange
""", fw=[("orange", 1, "vraie celle-là ?")])

M("lg_cdom_cotisation", "legitimate", "fr", "Conseil départemental de l'Ordre des médecins d'Ille-et-Vilaine", "cotisations@cdom35.ordre.medecin.fr",
  "Appel de cotisation ordinale 2025", "2025-01-08 10:00", """
Madame, Monsieur et cher(e) Confrère,

Le Conseil national a fixé le montant de la cotisation ordinale pour l'année 2025. Elle est exigible au 1er janvier et doit être réglée avant le 31 mars 2025.

Vous pouvez régler votre cotisation en ligne, de façon sécurisée, depuis votre espace personnel sur le site de l'Ordre :
[[www.ordre.medecin.fr|https://www.ordre.medecin.fr/espace-medecin/cotisation]]

Vous pouvez également régler par chèque à l'ordre du Conseil départemental, ou par virement (RIB du Conseil départemental disponible sur demande au secrétariat).

Nous vous rappelons que le paiement de la cotisation est une obligation légale (article L.4122-2 du code de la santé publique).

Avec nos sentiments confraternels,

Le Trésorier
Conseil départemental d'Ille-et-Vilaine de l'Ordre des médecins
""", fw=[("outlook_fr", 10, "Bonjour,\nJuste pour être sûr après le faux mail de cotisation reçu l'an dernier : c'est bien vous ?"),
         ("apple", 7, "")])

M("lg_cdom_elections", "legitimate", "fr", "CDOM 35 - Secrétariat", "secretariat@cdom35.ordre.medecin.fr",
  "Élections au conseil départemental - envoi du matériel de vote", "2025-05-02 14:30", """
Chère consœur, cher confrère,

Les élections pour le renouvellement par moitié du Conseil départemental auront lieu le 12 juin 2025. Conformément au code de la santé publique, le vote a lieu par correspondance.

Le matériel de vote (bulletins, circulaires des candidats et enveloppes) vous est adressé par voie postale cette semaine. Aucun vote par internet ni par téléphone n'est organisé ; nous ne vous demanderons jamais vos identifiants.

La liste des candidats est également consultable sur le site du Conseil national : [[ordre.medecin.fr|https://www.ordre.medecin.fr]]

Le secrétariat du Conseil départemental
""", fw=[("att", 19, "", {"client": "laposte"})])

M("lg_cdom_radiation_transfert", "legitimate", "fr", "Conseil départemental de l'Ordre des médecins 35", "tableau@cdom35.ordre.medecin.fr",
  "Votre demande de transfert - radiation du tableau d'Ille-et-Vilaine", "2025-06-11 11:45", """
Cher Confrère,

Nous accusons réception de votre demande de transfert vers le tableau du Conseil départemental du Morbihan suite à votre nouvelle installation à Vannes au 1er septembre.

Votre radiation du tableau d'Ille-et-Vilaine interviendra à la date de votre inscription au tableau du Morbihan ; il ne s'agit en aucun cas d'une mesure disciplinaire. Le Conseil du Morbihan prendra contact avec vous pour la suite de la procédure.

Merci de mettre à jour votre adresse professionnelle dans votre espace personnel sur ordre.medecin.fr.

Nous restons à votre disposition au 02 99 63 35 10.

Confraternellement,
Le service du Tableau
""", fw=[("gmail_fr", 20, "Bonjour,\nLe mot « radiation » m'a fait peur, je voulais juste être sûr que c'est bien la procédure normale pour mon déménagement. Merci.")])

M("lg_cnom_certif", "legitimate", "fr", "Ordre des médecins", "newsletter@ordre.medecin.fr",
  "Certification périodique : ce qu'il faut savoir", "2025-02-17 12:00", """
Lettre d'information de l'Ordre des médecins - Février 2025

Certification périodique : les premières étapes

La certification périodique s'applique à tous les médecins inscrits au tableau. Votre compte individuel sera accessible sur la plateforme dédiée gérée par l'Agence du Numérique en Santé, avec votre e-CPS.

Attention aux démarchages abusifs : ni l'Ordre, ni l'ANS, ni l'ANDPC ne vous contacteront pour vous vendre des formations ni pour vous demander vos identifiants. La « direction régionale de certification périodique » n'existe pas.

[[Lire l'article complet|https://www.ordre.medecin.fr/medecin/certification-periodique]]
Informations officielles : [[sante.gouv.fr|https://sante.gouv.fr/professionnels/certification-periodique]]

Vous recevez cette lettre en tant que médecin inscrit au tableau de l'Ordre. [[Gérer mes abonnements|https://www.ordre.medecin.fr/newsletter]]
""", fw=[("owa", 3, "Bonjour, est-ce bien une communication officielle ? Je préfère vérifier vu le sujet.")])

M("lg_cnom_rpps", "legitimate", "fr", "Ordre des médecins - Espace médecin", "no-reply@ordre.medecin.fr",
  "Mettez à jour vos coordonnées professionnelles", "2025-05-22 09:00", """
Docteur,

Vos coordonnées professionnelles (adresse d'exercice, téléphone, adresse MSSanté) sont transmises au RPPS et alimentent l'annuaire santé.

Nous vous invitons à vérifier qu'elles sont à jour dans votre espace personnel :
[[Accéder à mon espace|https://www.ordre.medecin.fr/espace-medecin]]

Aucun document d'identité ni coordonnée bancaire ne vous sera demandé par courriel.

Ordre des médecins
""", fw=[("pasted", 11, "Bonjour, j'ai reçu ça après le faux mail RPPS de juin, je recopie. Est-ce vous ?", {"client": "outlook_fr"})])

M("lg_ans_ecps", "legitimate", "fr", "Agence du Numérique en Santé", "ne-pas-repondre@esante.gouv.fr",
  "Activez votre e-CPS", "2025-01-30 10:15", """
Bonjour Docteur,

Votre carte CPS vous permet d'activer votre e-CPS, votre carte CPS sur smartphone. Elle vous permet de vous connecter aux services numériques en santé via Pro Santé Connect.

Pour activer votre e-CPS, téléchargez l'application e-CPS et suivez les instructions. Vous pouvez aussi l'activer depuis le site : https://wallet.esw.esante.gouv.fr

Plus d'informations : [[esante.gouv.fr/produits-services/e-cps|https://esante.gouv.fr/produits-services/e-cps]]

L'Agence du Numérique en Santé ne vous demandera jamais votre code PIN par courriel ou par téléphone.

Agence du Numérique en Santé
""", fw=[])

M("lg_ameli_info", "legitimate", "fr", "L'Assurance Maladie", "ne-pas-repondre@info.assurance-maladie.fr",
  "Nouveau sur amelipro : téléservice de déclaration du médecin traitant", "2025-03-04 11:00", """
Docteur,

Le téléservice de déclaration du médecin traitant évolue sur amelipro : il est désormais accessible avec votre e-CPS via Pro Santé Connect.

[[Découvrir les nouveautés|https://www.ameli.fr/medecin/exercice-liberal/services-patients/declaration-medecin-traitant]]

Rappel : l'Assurance Maladie ne vous demandera jamais vos identifiants ou codes par courriel, SMS ou téléphone.

L'Assurance Maladie
""", fw=[])

M("lg_urssaf_rappel", "legitimate", "fr", "Urssaf", "ne-pas-repondre@urssaf.fr",
  "Dernier rappel : votre déclaration de revenus professionnels", "2025-06-03 08:00", """
Madame, Monsieur,

Sauf erreur de notre part, votre déclaration de revenus 2024 n'a pas encore été effectuée. Elle doit être réalisée sur impots.gouv.fr avant le 5 juin 2025 (déclaration sociale des indépendants intégrée).

Sans déclaration, vos cotisations seront calculées sur une base forfaitaire majorée.

Pour toute question, connectez-vous à votre espace en ligne sur [[urssaf.fr|https://www.urssaf.fr]] et utilisez la messagerie sécurisée.

L'Urssaf ne vous demandera jamais vos coordonnées bancaires par courriel.

Votre Urssaf
""", fw=[("samsung", 25, "Urgent ?? vrai ou faux")])

M("lg_impots_avis", "legitimate", "fr", "impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr",
  "Votre avis d'impôt est disponible dans votre espace particulier", "2024-08-26 07:30", """
Madame, Monsieur,

Votre avis d'impôt sur les revenus de 2023 est disponible dans votre espace particulier.

Pour le consulter, connectez-vous sur impots.gouv.fr, rubrique « Documents ».

Par mesure de sécurité, cet e-mail ne contient aucun lien. La DGFiP ne vous demandera jamais vos coordonnées bancaires par courriel.

La Direction générale des Finances publiques
""", fw=[("yahoo", 9, "Vrai ou faux ? Merci pour votre travail")])

M("lg_andpc_news", "legitimate", "fr", "Agence nationale du DPC", "newsletter@agencedpc.fr",
  "La lettre de l'ANDPC - Orientations prioritaires et forfaits 2025", "2025-01-16 14:00", """
LA LETTRE DE L'AGENCE NATIONALE DU DPC
Janvier 2025

Forfaits 2025 : les montants de prise en charge des médecins libéraux et salariés de centres de santé conventionnés ont été publiés.
[[Consulter les forfaits|https://www.agencedpc.fr/professionnel/forfaits]]

Démarchage abusif : l'Agence rappelle qu'elle ne contacte jamais les professionnels pour leur proposer des actions de formation. Signalez tout démarchage suspect.

Votre compte : connectez-vous sur [[www.mondpc.fr|https://www.mondpc.fr]] pour vous inscrire aux actions.

Agence nationale du DPC - 5 rue Chantiers, 75005 Paris (siège)
""", fw=[("gmail_fr", 0, "Bonjour, celle-ci est bien de l'ANDPC ? Je ne sais plus à quel mail me fier.")])

M("lg_has_news", "legitimate", "fr", "Haute Autorité de Santé", "newsletter@has-sante.fr",
  "HAS Actualités & Pratiques - nouvelles recommandations", "2025-04-17 16:00", """
HAS - Actualités & Pratiques

Nouvelles recommandations de bonne pratique
- Prise en charge de l'obésité de l'adulte : parcours de soins
- Antibiothérapie des infections respiratoires basses : mise à jour

[[Lire la lettre|https://www.has-sante.fr/jcms/p_3500012/fr/actualites-pratiques-avril-2025]]

Se désabonner : [[has-sante.fr/newsletters|https://www.has-sante.fr/jcms/c_2675555/fr/newsletters]]
""", fw=[("outlook_fr_name", 14, "Pour info")])

M("lg_ars_alerte", "legitimate", "fr", "ARS Bretagne", "ars-bretagne-veille@ars.sante.fr",
  "URGENT - Alerte sanitaire : cas groupés de rougeole en Ille-et-Vilaine", "2025-03-27 17:20", """
Mesdames et Messieurs les médecins,

L'ARS Bretagne a été informée de cas groupés de rougeole dans le pays de Rennes (6 cas confirmés depuis le 10 mars).

Nous vous rappelons :
- de vérifier le statut vaccinal de vos patients (2 doses de ROR pour les personnes nées depuis 1980) ;
- de déclarer sans délai tout cas suspect à la plateforme de veille de l'ARS, 24h/24 au 09 74 50 00 09.

Documentation : [[bretagne.ars.sante.fr|https://www.bretagne.ars.sante.fr/rougeole-professionnels]]

Le Directeur général de l'ARS Bretagne
""", fw=[("outlook_fr", 14, "Bonjour, URGENT dans l'objet, je vérifie : c'est bien l'ARS ?")])

M("lg_colleague_reprise", "legitimate", "fr", "Françoise Gaillard", "francoise.gaillard56@orange.fr",
  "reprise de patients", "2025-04-23 22:15", """
Bonsoir Claire,

Je ne sais pas si tu te souviens de moi, on était ensemble à la fac (promo 2004). Je pars à la retraite en septembre et je n'ai pas de successeur. Plusieurs de mes patients habitent dans ton quartier. Accepterais-tu que je leur donne ton nom comme médecin traitant possible ? Je ne voudrais pas te mettre en difficulté si tu es déjà débordée.

Tu peux m'appeler au 06 81 22 47 09, plutôt le soir.

Bises,
Françoise
""", fw=[("gmail_fr", 0, "Bonjour,\nJe reçois ce mail d'une ancienne camarade de promo. Avec toutes les usurpations en ce moment, je me méfie. Est-ce que vous pouvez me confirmer qu'elle est bien inscrite ?")])

M("lg_chu_reunion", "legitimate", "fr", "Direction des affaires médicales - CHU de Rennes", "dam@chu-rennes.fr",
  "Commission médicale d'établissement - convocation du 14 mai", "2025-04-30 09:45", """
Mesdames, Messieurs,

Vous êtes convoqués à la séance plénière de la Commission médicale d'établissement qui se tiendra le mercredi 14 mai 2025 à 17h, salle du conseil, hôpital Pontchaillou.

Ordre du jour et pièces : disponibles sur l'intranet (rubrique CME).

Merci de confirmer votre présence auprès du secrétariat de la DAM, poste 84 200.

La Direction des affaires médicales
""", fw=[("nested", 3, "Pour info, c'est bien un envoi interne du CHU.", {"sec": 23, "doc_comment": "Secrétariat, est-ce un vrai mail ? je ne connais pas l'adresse dam@"})])

M("lg_linkedin_real", "legitimate", "en", "LinkedIn", "messages-noreply@linkedin.com",
  "Sophie, you have 1 new invitation", "2025-03-01 09:30", """
You have 1 new invitation

Yann Morvan
General practitioner at Cabinet médical de Betton

[[Accept|https://www.linkedin.com/comm/mynetwork/invite-accept]]    [[View profile|https://www.linkedin.com/comm/in/yann-morvan]]

This email was intended for Sophie Briand (Pneumologist at CHU de Rennes).
[[Unsubscribe|https://www.linkedin.com/comm/psettings/email-unsubscribe]]
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""", fw=[("eml", 3, "", {"client": "outlook_en"})])

M("lg_zoom_invite", "legitimate", "en", "Anna Schmidt", "anna.schmidt@uniklinik-freiburg.de",
  "Zoom invitation - ERS working group on interstitial lung disease", "2025-02-13 13:00", """
Dear colleagues,

As agreed at the last meeting, please find below the Zoom link for our next working group call.

Topic: ERS WG - ILD registry
Time: Feb 20, 2025 04:00 PM Berlin

[[Join Zoom Meeting|https://uni-freiburg.zoom.us/j/61822049731?pwd=Qk9xT2]]
Meeting ID: 618 2204 9731
Passcode: 884213

Best regards,
Anna

PD Dr. med. Anna Schmidt
Department of Pneumology, University Medical Center Freiburg
""", fw=[("owa", 3, "Bonjour, je signale par précaution après le faux enregistrement Zoom. Celui-ci me semble cohérent (collègue connue).")])

M("lg_docusign_real", "legitimate", "fr", "Clinique de la Sagesse via DocuSign", "dse@eumail.docusign.net",
  "Veuillez signer : avenant au contrat d'exercice libéral", "2025-05-19 15:25", """
Clinique de la Sagesse vous a envoyé un document à consulter et à signer.

[[CONSULTER LE DOCUMENT|https://eu.docusign.net/Signing/EmailStart.aspx?a=0b6d1e2f-5c70-4f3a-9d1e-77a2c1b0f9e4&etti=24&acct=4c2e]]

Clinique de la Sagesse - Direction
Bonjour Docteur, comme évoqué lors de la réunion du 12 mai, voici l'avenant relatif à la redevance. Bien cordialement.

Ne partagez pas cet e-mail
Cet e-mail contient un lien sécurisé vers DocuSign.

À propos de DocuSign
Signez des documents électroniquement en quelques minutes. C'est sûr et sécurisé.
""", fw=[("att", 6, "Bonjour, la clinique m'a bien parlé d'un avenant, mais je préfère vérifier que ce DocuSign est légitime.", {"client": "tb_fr"})])

M("lg_amazon_order", "legitimate", "fr", "Amazon.fr", "auto-confirm@amazon.fr",
  "Votre commande Amazon.fr de « Tensiomètre bras... »", "2025-01-19 18:42", """
Bonjour,

Merci pour votre commande. Nous vous enverrons une confirmation lorsque votre article sera expédié.

Commande n° 171-4428013-9920315
Tensiomètre bras électronique, brassard 22-42 cm
Quantité : 2
Total : 89,98 €

Livraison estimée : mardi 21 janvier

[[Voir ou gérer votre commande|https://www.amazon.fr/gp/css/order-details?orderID=171-4428013-9920315]]

Nous espérons vous revoir bientôt.
Amazon.fr
""", fw=[("pasted", 18, "Bonjour, suite à votre alerte sur les fausses commandes Amazon : celle-ci est une commande de la MSP, je voulais juste être sûr. Le texte :", {"client": "outlook_fr"})])

M("lg_paypal_receipt", "legitimate", "en", "PayPal", "service@paypal.com",
  "Receipt for your payment to European Respiratory Society", "2025-03-03 12:12", """
You sent a payment of €320.00 EUR to European Respiratory Society

Transaction ID: 7XJ40218MK3310925
Transaction date: 3 March 2025

Merchant: European Respiratory Society
Description: ERS Congress 2025 - registration

Questions? Go to the Help Centre at [[paypal.com/help|https://www.paypal.com/fr/smarthelp/home]].

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
""", fw=[("gmail_en", 3, "")])

M("lg_apple_receipt", "legitimate", "fr", "Apple", "no_reply@email.apple.com",
  "Votre reçu Apple", "2025-02-02 03:15", """
Reçu

IDENTIFIANT APPLE : p******r (icloud)
DATE : 2 févr. 2025
COMMANDE N° : MT4H8L2KQ9

iCloud+ avec 200 Go - Mensuel : 2,99 €
TOTAL : 2,99 €

Si vous n'avez pas autorisé cet achat, [[signalez un problème|https://reportaproblem.apple.com]].

[[Gérer les abonnements|https://apps.apple.com/account/subscriptions]]

Apple Distribution International Ltd.
""", fw=[("ios", 7, "Celui-là c'est le vrai je crois ?")])

M("lg_ms365_renewal", "legitimate", "en", "Microsoft", "microsoft-noreply@microsoft.com",
  "Your Microsoft 365 Business Standard subscription will renew soon", "2025-03-20 10:00", """
Your subscription is set to renew

Microsoft 365 Business Standard
Renewal date: April 3, 2025
Licences: 4
Price: 12.50 EUR user/month (excluding VAT)

No action is required. If you want to make changes, go to the Microsoft 365 admin center.

[[Manage subscription|https://admin.microsoft.com/Adminportal/Home#/subscriptions]]

Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, Ireland
[[Privacy Statement|https://go.microsoft.com/fwlink/?LinkId=521839]]
""", fw=[("outlook_en", 18, "Hi, after last week's fake Microsoft mail I want to check this one. We do have 4 licences.")])

M("lg_adobe_invoice", "legitimate", "en", "Adobe", "message@adobe.com",
  "Your Adobe invoice", "2025-01-11 09:05", """
Hi Maëlle,

Thanks for being an Adobe customer. Your invoice for Acrobat Pro is ready.

Invoice number: IE5010042883
Amount: 19.99 EUR

[[View invoice|https://account.adobe.com/orders/billing-history]]

Adobe Systems Software Ireland Ltd, 4-6 Riverwalk, Citywest Business Park, Dublin 24, Ireland.
""", fw=[("outlook_fr", 12, "Bonjour, vrai ? Le faux Adobe m'a rendue méfiante.")])

M("lg_wetransfer_real", "legitimate", "en", "WeTransfer", "noreply@wetransfer.com",
  "Dr Gicquel sent you files via WeTransfer", "2025-04-14 16:44", """
Dr Gicquel
sent you some files

2 files, 48.2 MB in total - Expires on 21 April 2025

"Hi, here are the slides and the recording from Saturday's FMC evening. Thomas"

[[Get your files|https://wetransfer.com/downloads/4f1c2e0b8a2d71e3/b7e1a9]]

Download link
https://we.tl/t-Xq8Bn2LzPa
""", fw=[("gmail_en", 15, "Salut, c'est probablement bien Thomas mais je préfère vérifier. Thanks!")])

M("lg_google_alert_en", "legitimate", "en", "Google", "no-reply@accounts.google.com",
  "Security alert for your linked Google account", "2025-04-02 07:58", """
Your password was changed

The password for your Google Account was recently changed. If you did this, you don't need to do anything.

If you didn't change your password, your account might be compromised.

[[Check activity|https://accounts.google.com/AccountChooser?continue=https://myaccount.google.com/secureaccount]]

You received this email to let you know about important changes to your Google Account and services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""", fw=[])

M("lg_psc_confirm", "legitimate", "fr", "Pro Santé Connect", "ne-pas-repondre@esante.gouv.fr",
  "Votre e-CPS a été activée", "2025-02-08 19:15", """
Bonjour,

Votre e-CPS a bien été activée sur l'appareil « iPhone de Marc ».

Vous pouvez maintenant vous connecter aux services compatibles Pro Santé Connect.

Si vous n'êtes pas à l'origine de cette activation, contactez sans délai le support de l'Agence du Numérique en Santé via le formulaire : [[esante.gouv.fr/contact|https://esante.gouv.fr/contact]]

Agence du Numérique en Santé
""", fw=[("eml", 6, "")])

M("lg_patient_renouvellement", "legitimate", "fr", "Jacqueline Poirier", "jacqueline.poirier35@wanadoo.fr",
  "Renouvellement ordonnance", "2025-03-07 07:12", """
Bonjour Docteur Hervé,

Je suis votre patiente depuis 2012 (Mme Poirier, rue des Lilas à Mordelles). Mon ordonnance de Levothyrox arrive à la fin la semaine prochaine. Est-ce que je peux passer la chercher au secrétariat ou faut-il que je prenne rendez-vous ?

Merci beaucoup et bonne journée,
Jacqueline Poirier
""", fw=[("outlook_fr", 27, "Bonjour,\nSuite au faux mail de patiente reçu par un confrère, le Dr Hervé souhaite savoir si on peut répondre à ce type de message. La patiente est bien connue du cabinet.")])

M("lg_mailiz_password", "legitimate", "fr", "Mailiz - Messagerie sécurisée de santé", "ne-pas-repondre@mailiz.mssante.fr",
  "Votre mot de passe Mailiz expire dans 7 jours", "2025-05-28 06:00", """
Docteur,

Le mot de passe de votre messagerie sécurisée Mailiz expirera dans 7 jours.

Pour le modifier, connectez-vous à votre messagerie depuis l'adresse habituelle : https://mailiz.mssante.fr puis rendez-vous dans « Paramètres > Sécurité ».

Aucun lien de réinitialisation ne vous est envoyé dans ce message ; ne communiquez jamais votre mot de passe.

Mailiz - Ordre des médecins / Agence du Numérique en Santé
""", fw=[("legacy", 26, "Bonjour\nVrai ou faux ? Il parle de mot de passe qui expire, comme les arnaques.")])

M("lg_erscongress", "legitimate", "en", "ERS Congress Abstracts", "abstracts@ersnet.org",
  "ERS Congress 2025: your abstract has been accepted", "2025-05-26 15:00", """
Dear Dr Briand,

We are pleased to inform you that your abstract #3418 "Home-based pulmonary rehabilitation after COPD exacerbation: a regional cohort" has been accepted for a poster presentation at the ERS Congress 2025 in Amsterdam.

Please confirm your attendance and register as presenting author by 30 June via your ERS account:
[[ersnet.org/congress|https://www.ersnet.org/congress-and-events/congress/]]

Kind regards,
ERS Scientific Programme Team
European Respiratory Society, Lausanne
""", fw=[("tb_en", 3, "FYI - I got a lot of predatory congress invitations this year; this one is the real ERS, isn't it?")])

S("lg_sms_ameli", "legitimate", "fr", "2025-04-09 09:00", """
SMS de l'expéditeur « AMELI » ce matin :

« L'Assurance Maladie vous informe : votre attestation de vigilance professionnelle est disponible dans votre espace amelipro. Ce SMS ne nécessite aucune réponse. »

Pas de lien dedans. Je n'ai rien demandé, mais c'est peut-être normal ?
""", fw=[("typed", 16, "", {"subject": "sms ameli vrai ?"})])

# ============================================================ extra frauds: sent straight to the council, and pairs
M("fx_ameli_compte", "fraud", "fr", "ameli", "securite@ameli-assure-compte.fr",
  "Action requise : vérification de votre compte amelipro", "2025-03-05 06:30", """
L'Assurance Maladie

Docteur,

Suite à la mise en place de la double authentification sur amelipro, votre compte doit être vérifié avant le 10/03/2025. Sans vérification, vos paiements d'actes et de forfaits (ROSP, forfait structure) seront suspendus.

[[Vérifier mon compte amelipro|https://amelipro-verification.com/connexion]]

L'Assurance Maladie
""", fw=[])

M("fx_ans_wallet", "fraud", "fr", "ANS - Service e-CPS", "e-cps@ans-esante-support.fr",
  "Activez votre e-CPS avant le 15 février", "2025-02-01 09:40", """
Bonjour Docteur,

L'activation de l'e-CPS devient obligatoire pour tous les médecins au 15 février 2025. Sans activation, vous ne pourrez plus télétransmettre vos feuilles de soins.

Pour activer votre e-CPS, saisissez le numéro de votre carte CPS, son code PIN et votre numéro RPPS sur le formulaire sécurisé :
[[https://wallet.esw.esante.gouv.fr|https://ans-esante-support.fr/wallet/activation]]

Agence du Numérique en Santé
""", fw=[])

M("fx_dhl_mail", "fraud", "fr", "DHL Express", "noreply@dhl-livraison-fr.com",
  "DHL : droits de douane à régler pour votre envoi 7731 0482 19", "2025-01-24 10:05", """
Votre envoi DHL Express 7731 0482 19 est retenu au centre de dédouanement de Roissy.

Droits et taxes à régler : 3,49 €

[[Payer maintenant|https://dhl-livraison-fr.com/paiement?awb=7731048219]]

Sans paiement sous 72h, l'envoi sera retourné à l'expéditeur.
DHL Express France
""", fw=[])

M("fx_laposte_mail", "fraud", "fr", "La Poste - Colissimo", "suivi@laposte-colissimo-avis.com",
  "Avis de passage : votre Colissimo n'a pas pu être livré", "2025-01-24 14:50", """
Bonjour,

Notre facteur est passé aujourd'hui mais n'a pas pu déposer votre colis (numéro 6A24719038255) : la taxe d'affranchissement complémentaire de 1,75 € n'a pas été acquittée.

Programmez une nouvelle livraison : [[laposte.fr/suivi|https://laposte-colissimo-avis.com/suivi/6A24719038255]]

La Poste
""", fw=[])

M("fx_google_fake_en", "fraud", "en", "Google Security", "no-reply@google-accounts-security.info",
  "Security alert: your Google password was changed", "2025-04-02 08:40", """
Your password was changed

The password for your Google Account was changed from a new device (Android, Bucharest, Romania).

If you didn't change your password, secure your account now. You will need to verify your identity with your current password and phone number.

[[Secure account|https://google-accounts-security.info/secure?hl=en]]

You received this email to let you know about important changes to your Google Account and services.
""", fw=[])

M("fx_direct_certif", "fraud", "fr", "Direction Régionale de Certification Périodique", "contact@drcp-bretagne.fr",
  "Docteur : régularisation de votre certification périodique sous 15 jours", "2025-04-11 08:55", """
Direction Régionale de Certification Périodique - Bretagne
Pôle médecins libéraux

Docteur,

Conformément au décret relatif à la certification périodique des professionnels de santé, tout médecin doit justifier de ses actions avant la clôture de son premier cycle. Notre direction est chargée du suivi des médecins de votre département.

Nos registres indiquent qu'aucune action n'est enregistrée à votre nom. Faute de régularisation sous 15 jours, votre dossier sera transmis au Conseil de l'Ordre pour suspension de votre droit d'exercer.

Un conseiller vous rappellera pour finaliser votre inscription (prise en charge intégrale). Vous pouvez également nous joindre au 02 57 18 60 33.

Direction Régionale de Certification Périodique
""", fw=[("direct", None, "")])

M("fx_direct_mailbox", "fraud", "en", "Mail Administrator", "postmaster@ordre-medecin-webmail.com",
  "signalement@cdom35.ordre.medecin.fr: 14 incoming messages on hold", "2025-05-14 03:30", """
Mailbox notice

You have 14 incoming messages held in quarantine on our server due to a validation error.

Release your messages to your inbox:
[[Release messages|https://ordre-medecin-webmail.com/quarantine/release?u=signalement]]

Messages not released within 48 hours will be deleted.

Mail Server Administrator
""", fw=[("direct", None, "")], to="signalement@cdom35.ordre.medecin.fr")

M("fx_direct_facture", "fraud", "fr", "Service Comptabilité Annuaire-Santé Pro", "facturation@annuaire-sante-pro.eu",
  "Facture n°ASP-2025-11820 - insertion annuaire des praticiens", "2025-02-20 12:00", """
FACTURE N° ASP-2025-11820

Client : Conseil de l'Ordre des médecins d'Ille-et-Vilaine
Prestation : insertion annuelle - Annuaire Santé Pro, édition 2025, rubrique « Organismes professionnels »
Montant : 1 164,00 € TTC
Échéance : 05/03/2025

Règlement par virement :
IBAN : PT50 0035 0651 0012 8733 1056 1
Référence à rappeler : ASP11820

Conformément à votre bon de commande validé par téléphone le 12/02/2025.

Service comptabilité - Annuaire Santé Pro
""", fw=[("direct", None, "")])

def X(oid, how, rep, com, extra=None):
    """another report of an original defined above (same campaign)."""
    o = next(o for o in ORIGINALS if o["id"] == oid)
    ORIGINALS.remove(o)
    _add(o, [(how, rep, com, extra or {})])

TWO("fx_ameli_compte", "lg_ameli_info", "outlook_fr", 10,
    "Bonjour,\nJ'ai reçu ces deux mails à un jour d'intervalle, tous les deux « de l'Assurance Maladie ». Je n'arrive pas à savoir lequel est vrai. Merci de votre éclairage.")
TWO("fx_ans_wallet", "lg_ans_ecps", "att", 6,
    "Deux mails e-CPS ci-joints, l'un des deux me semble louche.", {"client": "tb_fr"})
TWO("fx_dhl_mail", "fx_laposte_mail", "gmail_fr", 13,
    "Bonjour,\nDeux messages reçus le même jour sur la boîte du secrétariat, je vous les transfère ensemble.")
TWO("lg_google_alert_en", "fx_google_fake_en", "gmail_en", 17,
    "Bonjour,\nJ'ai changé mon mot de passe Google ce matin. J'ai reçu deux alertes, une une heure après l'autre. Les deux sont-elles de Google ?")

X("cnom_radiation", "nested", 16, "Bonjour,\nLe Dr Perrin m'a transmis ce message. Je vous le fais suivre comme il le souhaite.", {"sec": 27, "doc_comment": "Peux-tu l'envoyer à l'Ordre stp ?"})
X("dpc_organisme_gestion", "eml", 18, "Bonjour, reçu par 3 médecins de la MSP, fichier joint.")
X("ecps_expire", "pasted", 21, "Texte du mail (je n'arrive pas à le transférer depuis mon téléphone) :", {"client": "apple", "paste_subject": True})
X("haute_autorite_certif", "owa_html", 3, "Reçu aussi par un collègue du service.")
X("sp_formation_dpc", "pasted", 11, "", {"client": "orange", "paste_subject": True})
X("lg_cdom_cotisation", "eml", 21, "Bonjour, c'est bien le vôtre ?")
X("psc_connexion", "nested", 22, "Bonjour, transmis pour le Dr Haddad.", {"sec": 13, "doc_comment": "pour l'Ordre"})

# ============================================================ more English
M("en_docusign_ipfs", "fraud", "en", "Accounts Payable - Clinique Saint-Laurent", "compta@clinique-stlaurent-rennes.fr",
  "Completed: Please DocuSign - Remittance Advice Q1 2025", "2025-04-16 11:11", """
Your document has been completed

All parties have completed Remittance Advice Q1 2025.

[[VIEW COMPLETED DOCUMENT|https://bafybeigx3k2y7vqz5o4lm6t.ipfs.dweb.link/remit.html#doctor]]

Powered by DocuSign

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
""", reply_to="ap.remittance.stlaurent@gmail.com",
  fw=[("outlook_en", 6, "Hello, this came from the real address of the clinic's accounting department (I know it), but in English and with a gmail reply-to. I think their mailbox was hacked. Forwarding for your records.")])

M("en_teams_sites", "fraud", "en", "Microsoft Teams", "noreply@teams-notification-center.com",
  "You have 3 unread messages in Teams (Urgences - Planning)", "2025-05-07 19:22", """
Microsoft Teams

You have unread messages in the chat "Urgences - Planning"

Dr. Lemaître: "Can you check the new on-call schedule before tomorrow? The file is in the channel."

[[Open in Teams|https://sites.google.com/view/teams-msg-viewer-0507/home]]

Sent by Microsoft Teams. You're receiving this because you have unread activity.
""", fw=[("owa", 25, "Bonjour, l'hôpital n'utilise pas Teams, et je ne crois pas que le Dr Lemaître écrive en anglais. Le lien part chez Google Sites.", {"safelinks": True})])

M("en_cme_online", "spam", "en", "MedCPD Online", "hello@medcpd-online.com",
  "20 CME credits for 99 EUR - spring offer for European doctors", "2025-04-01 08:00", """
Hi Doctor,

Keep your knowledge up to date with MedCPD Online: 300+ accredited courses, short videos, certificates issued instantly.

Spring offer: unlimited access for 12 months, 99 EUR instead of 189 EUR.

Note: our courses are not registered with the French ANDPC and do not count towards DPC funding.

[[Browse courses|https://www.medcpd-online.com/catalog]]

MedCPD Online Ltd, Dublin. [[Unsubscribe|https://www.medcpd-online.com/unsubscribe]]
""", fw=[("gmail_en", 22, "")])

M("en_nz_recruit", "spam", "en", "Kate - Southern Cross Medical Recruitment", "kate@southerncrossmedical.co.nz",
  "GP roles in New Zealand - relocation support for EU doctors", "2025-03-13 22:00", """
Kia ora Doctor,

New Zealand is short of around 1,000 GPs and practices are recruiting EU-trained doctors. We help with Medical Council registration, visas and relocation. Our service is free for doctors: practices pay our fee.

Salaries from 250,000 NZD, 4-day weeks available.

Find out more at [[southerncrossmedical.co.nz|https://www.southerncrossmedical.co.nz/gp-jobs]] or reply to book a call.

Kate Morrison
Senior Recruitment Consultant
""", fw=[("att", 4, "", {"client": "tb_en"})])

M("en_probe_supplier", "spam", "en", "Linda Zhou", "linda@szmedprobe.com",
  "Ultrasound probes and repair service - factory price", "2024-12-12 02:15", """
Dear Purchasing Manager,

Good day! This is Linda from Shenzhen MedProbe Technology Co., Ltd. We are a manufacturer of compatible ultrasound probes (GE, Philips, Mindray) and provide repair service with 12 months warranty.

Factory price, CE certified, fast delivery to Europe by DHL.

Catalogue on request. WhatsApp: +86 138 2651 0947

Best regards,
Linda Zhou
Sales Manager
""", fw=[("yahoo", 9, "")])

M("en_zoom_reset", "legitimate", "en", "Zoom", "no-reply@zoom.us",
  "Reset your Zoom password", "2025-02-14 07:35", """
Hello Emma,

We received a request to reset the password for your Zoom account.

[[Reset Password|https://zoom.us/reset_password?token=Vb0x7Qm2Kp]]

This link will expire in 24 hours. If you did not request a password reset, you can safely ignore this email.

Thank you for choosing Zoom.
""", fw=[("outlook_fr", 25, "Bonjour,\nCette fois j'ai bien demandé la réinitialisation moi-même (mot de passe oublié pour la visio du DU). Je vérifie juste que c'est le bon site.")])
