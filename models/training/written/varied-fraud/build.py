#!/usr/bin/env python3
"""Build report_NNN.eml + labels.csv from originals.py, then check them.
Usage: python3 build.py   (stdlib only, deterministic; never touches the classifier)"""
import csv
import io
import os
import re
import sys
from datetime import timedelta
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from originals import ORIGINALS  # noqa: E402
from mimekit import (parse_date, etld1, safelink, body_text, links_visible, hid, enc_header, addr,  # noqa: E402
                     fdate, body_html)
from clients import (msg_from_original, compose, serialize, SUBJ_PREFIX, original_raw, att_rfc822,  # noqa: E402
                     att_octet, text_to_html)

# ====================================================================== reporters
# key: (display name, address, client, department, signature)
R = {
 "legall":   ("Anne Le Gall", "anne.legall.med@gmail.com", "gmail_fr", "35", "Dr Anne Le Gall\nMédecin généraliste\n12 rue de Fougères, 35000 Rennes\n02 99 63 18 27"),
 "perrot":   ("Dr Antoine Perrot", "a.perrot@cabinet-perrot-medecins.fr", "outlook_fr", "35", "Dr Antoine Perrot\nCabinet médical des Lices\n02 99 79 40 12 - www.cabinet-des-lices.fr"),
 "kerbrat":  ("Yannick Kerbrat", "y.kerbrat@wanadoo.fr", "orange", "35", ""),
 "tanguy":   ("TANGUY Marie-Laure", "ml.tanguy@chu-exemple-rennes.fr", "owa_fr", "35", "Dr Marie-Laure Tanguy\nPraticien hospitalier - Service de médecine interne\nPoste 24 517"),
 "rouxel":   ("Gilles Rouxel", "gilles.rouxel@free.fr", "free", "35", "G. Rouxel"),
 "bouvier":  ("Dr Claire Bouvier", "claire.bouvier@icloud.com", "ios", "35", ""),
 "daniel":   ("Pierre Daniel", "pierre.daniel35@laposte.net", "laposte", "35", "Dr P. Daniel, 06 84 21 77 35"),
 "hamon":    ("Sandrine Hamon", "sandrine.hamon@sfr.fr", "sfr", "35", "Sandrine Hamon\nPédiatre"),
 "leroux":   ("Dr Leroux Bernard", "bernard.leroux8@yahoo.fr", "yahoo", "35", "Dr B. Leroux"),
 "marechal": ("Julien Maréchal", "julien@dr-marechal.fr", "tb_fr", "35", "Dr Julien Maréchal\nMédecine générale - Ostéopathie\n3 place de la Mairie, 35510 Cesson-Sévigné\nTél : 02 23 45 67 01"),
 "guillou":  ("Dr Erwan Guillou", "erwan.guillou@me.com", "apple_mac", "35", "Erwan Guillou\nMédecin du sport\nhttps://www.erwanguillou-medecin.fr"),
 "cosson":   ("Hélène Cosson", "helene.cosson.md@gmail.com", "gmail_android", "35", ""),
 "lebreton": ("Dr Lebreton", "cabinet.lebreton@orange.fr", "samsung", "35", ""),
 "moal":     ("Moal Patrick", "p.moal@hotmail.fr", "outlook_fr", "35", "Patrick Moal\nMédecin généraliste retraité - remplacements"),
 "jegou":    ("Dr Sophie Jégou", "sophie.jegou@medecin.mssante.fr", "tb_fr", "35", "Dr Sophie Jégou - Psychiatre\n27 bd de la Liberté, 35000 Rennes"),
 "oconnor":  ("Dr Sean O'Connor", "sean.oconnor.gp@gmail.com", "gmail_en", "35", "Sean O'Connor, MB BCh\nGP - Maison de santé de Saint-Malo\n+33 6 52 19 48 03"),
 "smith":    ("Dr Emily Smith", "emily.smith@chu-exemple-rennes.fr", "owa_en", "35", "Emily Smith, MD\nDepartment of Cardiology"),
 "weber":    ("Weber, Thomas", "thomas.weber@outlook.com", "outlook_en", "35", "Dr. Thomas Weber\nCardiologist\nT +33 2 99 30 55 61"),
 "lucas":    ("Dr Morgane Lucas", "morgane.lucas@gmail.com", "gmail_fr", "44", "Morgane Lucas\nGynécologue médicale\nwww.doctolib.fr/gynecologue/nantes/morgane-lucas"),
 "caradec":  ("François Caradec", "francois.caradec@orange.fr", "orange", "29", "Dr F. Caradec"),
 "bihan":    ("Dr Le Bihan Ronan", "ronan.lebihan@wanadoo.fr", "legacy_fr", "22", "Dr Ronan Le Bihan\n02 96 61 24 80"),
 "fontaine": ("Agnès Fontaine", "agnes.fontaine@free.fr", "free", "56", ""),
 "roger":    ("Mathieu Roger", "mathieu.roger@icloud.com", "apple_mac", "35", ""),
 "pichon":   ("Dr Laure Pichon", "laure.pichon@yahoo.fr", "yahoo", "35", "Laure Pichon, dermatologue"),
 "nicolas":  ("NICOLAS Valérie", "v.nicolas@ch-exemple-vitre.fr", "owa_fr", "35", "Dr Valérie Nicolas\nUrgences - CH\nDECT 6132"),
 "hervé":    ("Hervé Collin", "herve.collin@laposte.net", "laposte", "35", ""),
 "besnard":  ("Dr Besnard", "besnard.odile@sfr.fr", "sfr", "35", "Dr O. Besnard\nMédecin scolaire"),
 "thomas":   ("Thomas Lemaître", "thomas.lemaitre.med@gmail.com", "gmail_fr", "35", "Dr Thomas Lemaître - Gériatre\nEHPAD Les Tilleuls\n02 99 54 80 70"),
 "jouan":    ("Dr Jouan", "dr.jouan@orange.fr", "ios", "35", ""),
 "prigent":  ("Catherine Prigent", "catherine.prigent@hotmail.fr", "outlook_fr", "35", "Catherine Prigent"),
 "garnier":  ("Dr Luc Garnier", "luc.garnier@cabinet-saint-helier.fr", "tb_en", "35", "Luc Garnier, MD\nInternal medicine"),
 "dupuis":   ("Isabelle Dupuis", "isabelle.dupuis.med@gmail.com", "gmail_fr", "35", ""),
 "lemoine":  ("Dr Lemoine", "lemoine.cabinet@free.fr", "samsung", "35", ""),
 "chevalier": ("Chevalier Arnaud", "arnaud.chevalier@clinique-exemple-saintroch.fr", "outlook_fr", "35", "Dr Arnaud Chevalier\nAnesthésiste-réanimateur\nClinique Saint-Roch"),
 "poulain":  ("Dr Justine Poulain", "justine.poulain@icloud.com", "ios", "35", "Justine"),
 "menard":   ("Ménard Olivier", "olivier.menard@orange.fr", "orange", "35", ""),
 "riou":     ("Dr Riou", "riou.m@yahoo.fr", "yahoo", "35", ""),
 "lefebvre": ("Dr Anne Lefebvre", "anne.lefebvre.pediatre@gmail.com", "gmail_android", "35", ""),
 "sauvage":  ("Bruno Sauvage", "bruno.sauvage@wanadoo.fr", "legacy_fr", "35", "Dr Bruno SAUVAGE\nRhumatologue\nTél. secrétariat 02 99 38 14 14"),
 "carre":    ("Nathalie Carré", "nathalie.carre@laposte.net", "laposte", "35", ""),
 "benard":   ("Dr Simon Bénard", "simon.benard@me.com", "apple_mac", "35", "Simon Bénard\nMédecin généraliste"),
 "gauthier": ("Gauthier Émilie", "emilie.gauthier@sfr.fr", "sfr", "35", ""),
 "kermarrec": ("Dr Paul Kermarrec", "paul.kermarrec@gmail.com", "gmail_fr", "29", "Paul Kermarrec\nMSP de Landerneau"),
 # secretaries (nested forwards)
 "sec_lices": ("Secrétariat Cabinet des Lices", "secretariat@cabinet-des-lices.fr", "outlook_fr", "35", "Secrétariat médical\nCabinet des Lices - 02 99 79 40 10"),
 "sec_msp":   ("Accueil MSP Bréquigny", "accueil.msp.brequigny@gmail.com", "gmail_fr", "35", "Maison de santé pluriprofessionnelle de Bréquigny\n02 99 22 14 60"),
 "sec_clin":  ("Affaires médicales", "affaires.medicales@clinique-exemple-saintroch.fr", "owa_fr", "35", "Direction des affaires médicales\nClinique Saint-Roch"),
 "sec_tb":    ("Martine - secrétariat", "secretariat.dr.marechal@orange.fr", "orange", "35", "Martine Hervé, secrétaire médicale"),
}

COUNCIL = "signalement@cdom{}.ordre.medecin.fr"
SAFE_REPORTERS = {"tanguy", "nicolas", "smith", "sec_clin"}   # M365 tenants with Safe Links

# ====================================================================== plan
# (originals, style, reporter, comment, options)
# style: inline | attachment | octet | pasted | typed | direct | nested
P = []


def rep(origs, style, who, comment="", **kw):
    P.append(dict(origs=origs.split("+"), style=style, who=who, comment=comment.strip("\n"), **kw))


# ---- campaign: fake ANDPC "droits DPC expirent" (f01) x5
rep("f01", "inline", "legall", "Bonjour,\nJe reçois ce mail ce matin. Il me semble que ce n'est pas le site de l'ANDPC. Pouvez-vous confirmer ?\nMerci")
rep("f01", "inline", "perrot", "Pour info, encore un.")
rep("f01", "attachment", "marechal", "Bonjour,\n\nci-joint le message en pièce jointe, comme demandé dans la lettre du conseil.\n\nCordialement")
rep("f01", "inline", "bouvier", "Arnaque ?")
rep("f01", "inline", "kerbrat", "")
# ---- campaign: "direction régionale de certification périodique" (f03) x4
rep("f03", "inline", "tanguy", "Bonjour,\n\nJe vous transfère ce courriel reçu sur ma boîte professionnelle. Le ton est très menaçant (radiation sous 8 jours). J'ai lu dans le bulletin que cette « direction régionale » n'existait pas, mais plusieurs collègues du service l'ont reçu aussi et certains ont appelé le numéro. Que devons-nous faire ?\n\nBien cordialement")
rep("f03", "inline", "guillou", "Bonsoir, je suppose que c'est une fausse. Je n'ai pas cliqué.")
rep("f03", "pasted", "carre", "Bonjour, j'ai reçu ce message, je vous le copie ci-dessous. L'adresse de l'expéditeur était dr.certification@certif-periodique-sante.fr\n\n", paste="rich")
rep("f03", "inline", "leroux", "signalement")
# ---- campaign: fake ameli SMS carte Vitale (f31) x4  (typed)
rep("f31", "typed", "cosson", "Bonjour,\nJ'ai reçu ce SMS cet après-midi de la part de \"AMELI\" :\n\n« {sms} »\n\nJe n'ai pas cliqué. Je vous le signale car plusieurs patients m'en ont parlé aussi.")
rep("f31", "typed", "lebreton", "Sms reçu ce jour :\n{sms}")
rep("f31", "typed", "jouan", "Bonjour\nPour info, reçu par SMS (expéditeur affiché : AMELI) :\n{sms}\nBonne journée")
rep("f31", "typed", "hervé", "Je vous signale le SMS suivant reçu sur mon portable professionnel hier à 10h21 :\n\n{sms}")
# ---- campaign: call "certification" with radiation threat (f33) x3 (typed)
rep("f33", "typed", "dupuis", """Bonjour,

Je souhaite signaler un appel reçu aujourd'hui vers 14h30 au cabinet, du 01 87 21 64 95. Une femme s'est présentée comme travaillant pour "l'organisme chargé de la certification périodique des médecins". Elle a exigé de me parler personnellement (ma secrétaire a fini par me la passer), et m'a expliqué que mon dossier n'était pas à jour et que je risquais une radiation si je ne validais pas mes actions avant la fin du mois. Elle m'a ensuite demandé mon numéro RPPS et mon mot de passe Mon DPC "pour vérifier".

J'ai raccroché. Je n'ai rien communiqué. Mais je trouve cela très inquiétant, surtout pour des confrères moins méfiants.

Cordialement,
Dr Isabelle Dupuis""")
rep("f33", "typed", "moal", "Bonjour,\nappel ce matin du 0187216495, un homme pressé, \"service de certification\", il voulait mon RPPS et mes codes. Il a parlé de radiation. J'ai dit que j'appelais l'Ordre et il a raccroché.\nP. Moal")
rep("f33", "typed", "lucas", "Bonjour,\n\nJe vous signale un démarchage téléphonique : numéro +33 1 87 21 64 95, lundi 23/01. La personne disait appeler \"de la part de l'Ordre et de l'ANS\" pour \"finaliser ma certification périodique\", avec menace de suspension d'exercice. Elle voulait que je crée un compte avec elle au téléphone.\n\nBien à vous")
# ---- campaign: fake "mandated" DPC organisation (f20) x2
rep("f20", "inline", "daniel", "Bonjour, cet organisme se dit mandaté par l'ANDPC et me demande mes identifiants. Est-ce normal ??")
rep("f20", "direct", None, "")
# ---- fake e-CPS (f19) x2
rep("f19", "inline", "rouxel", "Vrai ou faux ? L'adresse ressemble beaucoup à celle de l'ANS.")
# ---- CEO fraud in a clinic (f08, f09)
rep("f08", "inline", "chevalier", "Bonjour,\n\nJe reçois ceci d'une adresse gmail au nom du président du directoire. Je n'ai pas répondu. Je vous le transmets ainsi qu'à notre direction.\n\nArnaud Chevalier")
rep("f08+f09", "nested", "prigent", "Bonjour,\n\nNotre comptable a reçu ces deux messages, le second demande un virement de 18 400 €. Heureusement elle m'a appelée avant de faire quoi que ce soit. Je vous les transmets pour signalement.\n\nCatherine Prigent",
    inner_who="sec_clin", inner_comment="Dr Prigent, pouvez-vous regarder ces deux mails reçus par la compta ? Le Dr Garnier ne nous écrit jamais depuis gmail. Merci.")

# ---- singles, fraud FR
rep("f02", "inline", "lucas", "Bonjour,\nCe mail me paraît bien fait. Le lien ne va pas sur mondpc.fr mais sur mondpc-professionnels.fr. Pouvez-vous vérifier ? Je ne voudrais pas perdre mes formations en cours.\nMorgane Lucas")
rep("f04", "inline", "caradec", "Bonjour,\nje viens de recevoir une relance de cotisation mais j'ai déjà payé en janvier par chèque. Le mail parle de virement sur un IBAN. Est-ce bien vous ?\nMerci de me répondre rapidement.")
rep("f05", "inline", "pichon", "")
rep("f06", "inline", "fontaine", "Je n'ai aucune dette à l'URSSAF. Arnaque je pense.")
rep("f07", "attachment", "jegou", "Bonjour,\n\nJe transfère en pièce jointe, au cas où cela vous serait utile (ce n'est pas en lien avec l'exercice, mais c'est très bien imité).\n\nSophie Jégou")
rep("f10", "inline", "thomas", "Bonjour,\n\nUne collègue a reçu ce message à son nom, envoyé à plusieurs internes du service. Ce n'est évidemment pas elle (elle n'est pas en congrès). L'adresse outlook.fr n'est pas la sienne.\n\nT. Lemaître")
rep("f11", "inline", "nicolas", "Bonjour,\n\nCe message vient d'une adresse réelle du CH du Pays de Rance (je connais Mme Lecomte). Mais le lien m'a demandé mon mot de passe Microsoft sur une page étrange. Je pense que sa boîte a été piratée. Je vous le signale, j'ai prévenu notre DSI.\n\nV. Nicolas")
rep("f12", "inline", "weber", "FYI - ce message est arrivé sur ma boîte perso. Expéditeur: une adresse étudiante d'université. Piratage probable.")
rep("f13", "inline", "menard", "")
rep("f14", "octet", "benard", "Bonjour,\n\nVoici le fichier .eml d'un message reçu sur ma messagerie, qui prétend venir de MSSanté. Je n'ai pas de boîte MSSanté chez ce fournisseur.\n\nSimon Bénard")
rep("f15", "inline", "gauthier", "Bonjour\nje ne connais pas de secrétariat Dr Roux. Fichiers OneDrive depuis une adresse gmail ?\nMerci")
rep("f16", "inline", "kermarrec", "Bonjour,\n\nJe ne connais pas de Dr Claire Moreau. Le mail vient bien de Google mais le formulaire demande mon mot de passe de messagerie ! Je préfère vous le signaler.\n\nPaul Kermarrec")
rep("f17", "inline", "sauvage", "Bonjour,\nNous ne commandons pas chez ce fournisseur. Changement de RIB + facture inconnue = arnaque ?\nCdt")
rep("f18", "inline", "lefebvre", "Je ne suis même pas abonnée à Doctolib.")
rep("f21", "inline", "roger", "Reçu à 2h du matin, je n'ai rien demandé. Faux ?")
rep("f22", "direct", None, "")
rep("f23", "inline", "hamon", "Bonjour,\nJe participe à la PDSA. Ce mail est-il authentique ? Le lien ne ressemble pas au site de l'ARS.\nS. Hamon")
rep("f24", "inline", "besnard", "Bonjour, la CARMF prélève habituellement. Ceci me paraît suspect, qu'en pensez-vous ?")
rep("f25", "inline", "dupuis", "Bonjour,\nnouvelle obligation dont je n'ai jamais entendu parler. Le lien affiché est declaration.sante.gouv.fr mais en survolant l'adresse est différente.")
rep("f26", "pasted", "prigent", "Bonjour,\n\nMessage reçu sur ma messagerie personnelle, copié ci-dessous :\n\n", paste="plain", show_sender=True)
rep("f27", "attachment", "chevalier", "Bonjour,\nci-joint un mail avec QR code reçu sur ma boîte de la clinique. Notre informatique dit que ce n'est pas eux. Pour information.")
rep("f28", "octet", "guillou", "Bonjour,\n\nUn QR code pour se connecter à amelipro ?? Je vous joins le message.\n")
rep("f29", "inline", "perrot", "Bonjour,\n\nJe reçois cette demande d'adhésion à la convention. Je croyais que l'adhésion était tacite. Le mail semble sérieux, mais il demande RIB et identifiants. Pouvez-vous confirmer qu'il s'agit d'un faux ?\n\nMerci et bonne journée")
rep("f30", "inline", "riou", "Je ne suis pas au CIC.")
rep("f32", "typed", "lemoine", "Bonjour,\nSMS reçu du +33 6 44 18 72 09 :\n\"{sms}\"\nDr Lemoine")
rep("f34", "typed", "bouvier", """Bonjour,

Ce matin j'ai eu un appel du 09 77 81 20 36. Un homme très poli, se présentant de "l'ANS, service Pro Santé Connect", m'a proposé de créer mon compte de certification périodique avec lui "pour gagner du temps". Il m'a dit que j'allais recevoir un code par SMS et qu'il fallait le lui lire. J'ai effectivement reçu un SMS avec un code juste après (!). Je ne l'ai pas donné et j'ai raccroché.

Est-ce que l'ANS appelle les médecins ? Je pense que non mais je préfère signaler.

Claire Bouvier""")
rep("f35", "typed", "sauvage", "Bonjour,\n\nMa secrétaire a reçu hier à 17h45 un appel du 01 59 30 77 48. Un soi-disant \"service fraude de la CPAM\" expliquait que des actes avaient été facturés frauduleusement avec mon numéro et qu'il fallait \"sécuriser\" mes remboursements en donnant mon IBAN et le code reçu de ma banque. Elle n'a rien donné.\n\nDr Sauvage")
rep("f36", "typed", "poulain", "Bonjour,\nj'ai reçu cette nuit ce SMS alors que je n'ai rien demandé :\n{sms}\nJe n'ai pas appelé le numéro. Arnaque au faux conseiller ?")
rep("f37", "typed", "kerbrat", "sms recu : {sms}")
rep("f38", "typed", "fontaine", "Bonjour,\n\nSMS reçu du 07 81 55 02 63 le 27/01 :\n{sms}\n\nAgnès Fontaine")
rep("f39", "typed", "cosson", "Celui-ci aussi, reçu ce matin (je suis au Crédit Agricole pour le cabinet) :\n{sms}")
rep("f40", "typed", "hamon", "Bonjour,\n\nJ'ai trouvé sur mon répondeur un message d'une \"conseillère DPC\" (numéro 04 65 84 02 19) disant que mes droits à formation 2025 allaient expirer et qu'il fallait la rappeler avant vendredi \"pour ne pas perdre le financement\". Je n'ai pas rappelé. Est-ce une arnaque connue ?\n\nMerci\nSandrine Hamon")
# ---- singles, fraud EN
rep("f41", "inline", "chevalier", "Bonjour,\nJe ne suis pas en train de signer de contrat de remplacement avec la clinique Saint-Roch (j'y travaille déjà). Le lien mène vers azurewebsites. Faux DocuSign ?")
rep("f42", "inline", "smith", "Hello,\n\nI received this today. Dr Ferrand is a colleague, but the link opens a page on r2.dev asking for my password. Forwarding as requested in the Ordre newsletter.\n\nBest,\nEmily")
rep("f43", "inline", "oconnor", "Hi, another phishing attempt I think. I don't know any Groupe Medisud.")
rep("f44", "attachment", "garnier", "Hello,\nforwarding as attachment. We are not a Medline customer.")
rep("f45", "direct", None, "")
rep("f46", "inline", "weber", "")
rep("f47", "inline", "jegou", "Bonjour,\n\nL'adresse est bien celle du cabinet du Dr Vidal (un confrère chirurgien), mais je ne lui ai rien demandé et la page demande mon mot de passe de messagerie. Je l'ai appelé : sa boîte a été piratée ce matin. Il a prévenu ses contacts. Je vous transmets pour information.\n\nSophie Jégou")
rep("f48", "direct", None, "")
rep("f49", "direct", None, "")
rep("f50", "inline", "chevalier", "Reçu par notre responsable financière. M. Chen n'existe pas dans notre groupe à notre connaissance.")
rep("f51", "inline", "riou", "colis ? je n'attends rien de chine")
rep("f52", "inline", "oconnor", "Not the real LinkedIn domain, I believe.")
rep("f53", "typed", "oconnor", "Hello,\n\nI received this text message last night from +44 7700 184 552 (I used to work in the UK and I'm still registered there):\n\n\"{sms}\"\n\nMy indemnity is actually with a French insurer now. Reporting it in case other doctors receive the same.\n\nSean")
rep("f54", "attachment", "smith", "Hi,\nattached: a QR-code phishing email received this morning. Our IT says Microsoft does not send this.\nEmily Smith")

# ---- spam campaigns and singles
rep("s01", "inline", "dupuis", "Bonjour, est-ce un organisme reconnu ? Ils parlent de l'ANDPC.")
rep("s01", "inline", "prigent", "Encore de la pub...")
rep("s01", "inline", "hamon", "")
rep("s01", "pasted", "kermarrec", "Bonjour,\nJe reçois ce genre de message toutes les semaines. Pouvez-vous me dire si c'est légal ? Je colle le texte :\n\n", paste="rich")
rep("s02", "inline", "lefebvre", "C'est une arnaque ou pas ?")
rep("s03", "inline", "lucas", "Bonjour, ce congrès est-il sérieux ? Je ne le connais pas.")
rep("s03", "inline", "thomas", "")
rep("s04", "inline", "benard", "Bonjour,\npour info, démarchage commercial insistant (2e mail cette semaine). Pas d'arnaque à mon avis, mais je ne sais pas comment ils ont eu mon adresse.\nSimon Bénard")
rep("s05", "inline", "menard", "Ils me relancent sans arrêt !!! Pouvez-vous faire quelque chose ?")
rep("s05", "inline", "marechal", "Bonjour,\nJe vous signale ces relances commerciales répétées. Je n'ai jamais donné mon accord pour recevoir leurs courriels.\nJ. Maréchal")
rep("s05", "inline", "roger", "")
rep("s08", "inline", "sauvage", "Pub.")
rep("s08", "inline", "bihan", "Bonjour,\nest-ce que l'Ordre recommande ce fournisseur ? Ils disent que le DAE est obligatoire au cabinet.\nR. Le Bihan")
rep("s02", "inline", "oconnor", "Bonjour, ils disent que leurs formations sont indemnisées. Vrai organisme DPC ou arnaque ?\nSean")
rep("s20", "inline", "garnier", "Is this CME provider legit? Free webinar \"supported by an independent grant\"...")
rep("s09", "inline", "pichon", "Bonjour,\nla personne m'a appelée puis envoyé ce mail. Je voudrais savoir si cet organisme est fiable avant de m'inscrire.\nLaure Pichon")
rep("s11", "inline", "caradec", "bonjour, démarchage d'un cabinet de recrutement, est-ce autorisé ?")
rep("s12", "inline", "gauthier", "")
rep("s13", "inline", "besnard", "Bonjour,\nUne agence me propose un site internet \"conforme aux règles de l'Ordre\". Est-ce que l'Ordre travaille avec eux ?")
rep("s14", "typed", "lemoine", "Bonjour, j'ai reçu ce sms :\n{sms}\nEst-ce que c'est l'ANDPC ?")
rep("s14", "typed", "poulain", "Pour info, SMS publicitaire reçu ce matin :\n\n{sms}")
rep("s15", "typed", "daniel", "Bonjour,\n\nJe reçois depuis deux semaines des appels quasi quotidiens du 02 99 84 51 70 : une commerciale d'un organisme de formation (elle donne bien le nom de sa société) qui veut absolument m'inscrire à des formations DPC. Elle ne se fait pas passer pour l'ANDPC, mais elle est très insistante et rappelle même quand je dis non. Est-ce autorisé ? Comment les faire cesser ?\n\nDr Pierre Daniel")
rep("s16", "inline", "fontaine", "pub")
rep("s17", "direct", None, "")
rep("s18", "inline", "garnier", "Hi,\nIs this a legitimate congress? Never heard of it.\nLuc")
rep("s19", "inline", "weber", "Pour info : démarchage commercial d'une start-up américaine.")
rep("s20", "inline", "smith", "")
rep("s21", "inline", "oconnor", "Predatory conference? Forwarding for your records.")
rep("s22", "inline", "kerbrat", "?")
rep("s10+s07", "inline2", "hervé", "Bonjour,\nJe vous transmets deux mails de démarchage reçus la même semaine, je ne sais pas d'où ils ont mon adresse.\nCordialement")

# ---- legitimate campaigns and singles
rep("l01", "inline", "legall", "Bonjour,\nest-ce bien un mail du conseil ? Après l'histoire du faux appel de cotisation je me méfie de tout.\nAnne Le Gall")
rep("l01", "inline", "tanguy", "Bonjour, pouvez-vous me confirmer que ce message est authentique avant que je paie ? Merci")
rep("l01", "inline", "daniel", "")
rep("l01", "inline", "rouxel", "Bonjour, vrai ou faux appel de cotisation ?")
rep("l01", "octet", "roger", "Bonjour,\n\nJe vous envoie ce mail en pièce jointe. Le lien renvoie vers conseil-national.medecin.fr et non vers ordre.medecin.fr, est-ce normal ?\n\nMathieu Roger")
rep("l02", "inline", "perrot", "Bonjour,\nJe reçois ce message sur la certification périodique. Il parle de radiation. Est-il authentique ?\nA. Perrot")
rep("l02", "inline", "cosson", "Vrai message de l'Ordre ?")
rep("l02", "inline", "leroux", "")
rep("l03", "inline", "bouvier", "Bonjour,\n\nJ'ai demandé hier soir une réinitialisation de mon mot de passe Mon DPC, et j'ai reçu ce message. Mais avec toutes les arnaques dont vous parlez, je n'ose pas cliquer. Est-ce le bon site ?\n\nMerci\nClaire Bouvier")
rep("l04", "inline", "marechal", "Bonjour,\nEst-ce bien l'ANDPC ? Je pensais qu'ils ne contactaient jamais les médecins.")
rep("l05", "inline", "moal", "L'ANS m'écrit pour activer une e-CPS. Vrai ou faux ?")
rep("l06", "inline", "lucas", "")
rep("l06+f05", "inline2", "leroux", "Bonjour,\nj'ai reçu ces deux mails \"ameli\" à quelques jours d'intervalle. Lequel est le vrai ? Les deux ?\nMerci de votre aide")
rep("l07", "inline", "caradec", "Bonjour\nmail URSSAF reçu, il parle de mot de passe. Authentique ?")
rep("l08", "pasted", "fontaine", "Bonjour, j'ai reçu ça, c'est vrai ?\n\n", paste="rich")
rep("l09", "inline", "dupuis", "Bonjour,\n\nJ'ai bien demandé un nouveau mot de passe Doctolib ce soir (j'avais oublié l'ancien), mais je préfère vérifier avant de cliquer vu les arnaques actuelles.\n\nIsabelle Dupuis")
rep("l10", "inline", "pichon", "Bonjour, cette lettre de la HAS parle de certification périodique, est-ce fiable ?")
rep("l11", "inline", "nicolas", "Bonjour,\n\nJe ne suis pas sûre que ce message vienne bien de l'ARS (urgence, numéro de téléphone à appeler...). Pouvez-vous vérifier ?\n\nDr Nicolas")
rep("l12", "inline", "bihan", "DGS urgent reçu. Vrai ?")
rep("l13", "inline", "perrot", "Bonjour,\n\nJe reçois ce message d'une remplaçante depuis une adresse gmail avec des données patient. Est-ce que je peux lui faire confiance / est-ce conforme ? Je préfère vous demander.\n\nAntoine Perrot")
rep("l14", "inline", "kerbrat", "Bonjour, une patiente m'écrit sur ma boîte perso, est-ce une arnaque ? je ne sais pas comment elle a eu mon adresse")
rep("l15", "inline", "nicolas", "Bonjour,\nMail de notre DSI (je crois). Il parle de changer le mot de passe avant le 15 avril. Je vous le transmets pour avis.")
rep("l16", "inline", "jouan", "Bonjour, je ne connais pas ce labo. Vrai ?")
rep("l17", "inline", "legall", "Bonjour,\n\nJe reçois ce courrier du conseil de Loire-Atlantique qui parle de ma « radiation du tableau ». J'ai effectivement demandé mon transfert chez vous mais le mot m'a fait peur. Pouvez-vous me confirmer ?\n\nAnne Le Gall")
rep("l18", "inline", "jegou", "Bonjour,\nJe n'ai pas souvenir d'avoir créé de boîte MSSanté. Authentique ?")
rep("l19", "inline", "besnard", "")
rep("l20", "inline", "thomas", "Bonjour,\nAlerte de sécurité Google reçue. Je me suis connecté hier sur le PC du cabinet, mais est-ce un vrai message ?")
rep("l21", "inline", "chevalier", "Bonjour,\nCelui-ci semble correspondre à mon vrai contrat (j'ai rencontré Mme Fournier), mais après le faux DocuSign de la semaine dernière, je préfère vérifier.")
rep("l22", "typed", "bouvier", "Re-bonjour,\nsuite à mon signalement de ce matin : j'ai essayé d'activer ma e-CPS moi-même sur l'application et j'ai reçu ce SMS :\n\"{sms}\"\nEst-ce bien normal cette fois ?")
rep("l23", "typed", "lemoine", "Bonjour,\n\nJ'ai eu un appel du 02 99 29 31 00, une dame qui se présentait comme déléguée de l'Assurance Maladie et voulait prendre rendez-vous pour venir au cabinet parler des arrêts de travail. Elle ne m'a rien demandé d'autre. Avec tout ce qu'on entend, je me demande si c'est une arnaque.\n\nDr Lemoine")
rep("l24", "inline", "guillou", "Bonjour, c'est bien l'université ? Ils demandent un paiement de 1200 euros.")
rep("l25", "inline", "carre", "Bonjour, identifiants de vote... c'est vous ?")
rep("l26", "inline", "perrot", "Bonjour,\n\nMon remplaçant m'envoie son RIB par mail. Après votre alerte sur les faux changements de RIB, dois-je m'inquiéter ?\n\nDr Antoine Perrot", to_override="a.perrot@cabinet-perrot-medecins.fr")
rep("l27", "inline", "garnier", "Hello,\nI did request a Zoom password reset, but the email looks odd to me. Can you check?")
rep("l28", "inline", "perrot", "")
rep("l29", "inline", "garnier", "Bonjour,\nUne consœur anglaise m'écrit. Je l'ai bien rencontrée à Lyon, mais je préfère vérifier qu'il ne s'agit pas d'une arnaque.")
rep("l30", "inline", "weber", "Security code I did not request? Actually I was logging in. Checking anyway.")
rep("l31", "inline", "oconnor", "Hi,\nIs this survey genuine? The link goes to onlinesurveys.ac.uk.\nSean")
rep("l32", "inline", "garnier", "Completed DocuSign — this one I signed myself. Just checking.")

# ---- nested forwards and name-only senders, HTML-only
rep("f01", "nested", "perrot", "Bonjour,\nmon secrétariat me transfère ceci. Pour signalement.\nDr Perrot", inner_who="sec_lices",
    inner_comment="Dr Perrot, ce mail est arrivé sur la boîte du secrétariat, je ne sais pas s'il faut y répondre.")
rep("f03", "nested", "marechal", "", inner_who="sec_tb", inner_comment="Dr Maréchal, encore un mail bizarre sur la certification, je vous le fais suivre.")
rep("s01", "nested", "thomas", "Pour info, la MSP reçoit ce genre d'offres en continu.", inner_who="sec_msp",
    inner_comment="Bonjour Dr Lemaître, transféré de la boîte de la MSP.")
rep("l04", "inline", "prigent", "Vrai ou faux ?", name_only=True)
rep("s06+f13", "inline2", "rouxel", "Bonjour,\ndeux mails reçus ce matin, je ne sais plus trier.")
rep("f02", "inline", "nicolas", "", name_only=True, html_only=True)
rep("l06", "inline", "pichon", "Bonjour, je ne sais pas si ce mail d'ameli est authentique.", html_only=True)
rep("f05", "inline", "guillou", "Fausse ameli ?", name_only=True)
rep("l03", "inline", "smith", "Bonjour,\nI requested this Mon DPC reset myself. Is mondpc.fr the right website?\nEmily", html_only=True)

CAMPAIGN = {"f01": "faux_andpc_droits_expirent", "f03": "direction_regionale_certification",
            "f31": "sms_ameli_carte_vitale", "f33": "appel_certification_radiation",
            "f20": "organisme_mandate_andpc", "f08": "fraude_president_clinique",
            "s01": "formamed_catalogue_dpc", "s03": "congres_jnmg", "s05": "secretamed_relances",
            "s14": "sms_formaplus_dpc", "s08": "cardiosecours_dae", "s02": "campusdpc_online", "s20": "medcme_webinar", "l01": "cotisation_cdom35_2025", "l02": "cnom_certification_info",
            "l03": "mondpc_reset_demande", "l04": "andpc_lettre_info", "l06": "ameli_riap", "f05": "faux_ameli_remboursement",
            "f13": "fausse_messagerie_orange", "f02": "faux_mondpc_profil"}


# ====================================================================== engine
TYPED_SUBJ = {"sms": ["SMS frauduleux", "sms bizarre", "Arnaque ?", "Signalement SMS", "SMS reçu",
                      "tentative d'arnaque par SMS", "Fwd: SMS"],
              "call": ["Signalement appel suspect", "Démarchage téléphonique", "Appel téléphonique", "Signalement",
                       "appel frauduleux ?"]}
PASTE_SUBJ = ["Mail suspect", "Signalement d'un courriel", "message reçu", "Est-ce une arnaque ?"]
SENT_SMS = "sms"


def hsh(*a):
    return int(hid(*a)[:8], 16)


def receiver_rewrite(who, n):
    if who in SAFE_REPORTERS:
        rcpt = R[who][1]
        return lambda u: safelink(u, n, rcpt)
    return None


def orig_msg(o, to_addr, who, n, name_only=False):
    m = msg_from_original(o, to_addr, receiver_rewrite(who, n))
    if name_only:
        m["addr"] = None
    return m


def sms_text(o):
    return body_text(o, "visible")


def report_date(o, n, minimum_h=1):
    d = parse_date(o["date"])
    r = d + timedelta(minutes=60 * minimum_h + hsh("d", n) % (60 * 40))
    if r.hour < 7:   # doctors forward during the day
        r = r.replace(hour=7 + hsh("h", n) % 3)
    return r


def build_one(n, r):
    origs = [ORIGINALS[i] for i in r["origs"]]
    o0 = origs[0]
    style = r["style"]
    who = r["who"]
    info = dict(links=[], sender=[], style=None)
    if style == "direct":
        to = COUNCIL.format("35")
        o = dict(o0, to=to)
        raw = original_raw(o, to, n, direct=True)
        info.update(style="direct", links=[u for _, u in o0["links"]], sender=[o0["addr"]])
        return raw.encode("utf-8"), info
    name, me, client, dept, sig = R[who]
    to = COUNCIL.format(dept)
    date = report_date(origs[-1], n, 2 if style != "typed" else 0)
    comment = r["comment"]
    htm_only = r.get("html_only", False)
    attachments = []
    if style in ("inline", "inline2"):
        inners = [orig_msg(o, r.get("to_override") or me, who, n, r.get("name_only")) for o in origs]
        text, htm = compose(client, comment, sig, inners)
        subj = SUBJ_PREFIX[client] + origs[0]["subject"]
        if hsh("s", n) % 7 == 0:
            subj = ("Signalement : " if client != "gmail_en" and origs[0]["lang"] == "fr" else "Phishing? ") + origs[0]["subject"]
        info.update(style="inline", links=[u for o in origs for _, u in o["links"]],
                    sender=[] if r.get("name_only") else [o["addr"] for o in origs])
    elif style == "nested":
        iname, iaddr, iclient, _, isig = R[r["inner_who"]]
        inners = [orig_msg(o, iaddr, r["inner_who"], n) for o in origs]
        itext, ihtm = compose(iclient, r["inner_comment"], isig, inners)
        idate = report_date(origs[-1], n + 1000, 1)
        date = idate + timedelta(minutes=37 + hsh("nd", n) % 300)
        mid = dict(name=iname, addr=iaddr, to=me, date=idate,
                   subject=SUBJ_PREFIX[iclient] + origs[0]["subject"], text=itext, html=ihtm)
        text, htm = compose(client, comment, sig, [mid])
        subj = SUBJ_PREFIX[client] + mid["subject"]
        info.update(style="inline", links=[u for o in origs for _, u in o["links"]], sender=[o["addr"] for o in origs])
    elif style in ("attachment", "octet"):
        raws = [original_raw(o, me, n) for o in origs]
        text, htm = compose(client, comment, sig, [])
        if style == "attachment":
            attachments = [att_rfc822(x, client) for x in raws]
        else:
            fn = re.sub(r"[^A-Za-z0-9 _-]", "", o0["subject"].encode("ascii", "ignore").decode())[:40].strip() or "message"
            attachments = [att_octet(x, fn + ".eml") for x in raws]
        subj = SUBJ_PREFIX[client] + o0["subject"]
        info.update(style="attachment", links=[u for o in origs for _, u in o["links"]], sender=[o["addr"] for o in origs])
    elif style == "pasted":
        o = o0
        if r["paste"] == "rich":
            ptext = body_text(o)
            phtml = body_html(o)
            links = [u for _, u in o["links"]]
        else:
            ptext = body_text(o, "visible")
            phtml = None
            links = links_visible(o)
        ctext = comment.rstrip() + "\n\n" + ptext
        text, htm = compose(client, ctext, sig, [])
        if phtml is not None and htm is not None:
            htm = htm.replace(text_to_html(ctext.rstrip()), text_to_html(comment.rstrip()) + "<br><br>" + phtml, 1)
        elif phtml is None and htm is not None:
            pass
        subj = PASTE_SUBJ[hsh("p", n) % len(PASTE_SUBJ)]
        info.update(style="pasted", links=links, sender=[o["addr"]] if o["addr"] and o["addr"] in comment else [])
    elif style == "typed":
        o = o0
        ctext = comment.replace("{sms}", sms_text(o)) if o["kind"] == "sms" else comment
        text, htm = compose(client, ctext, sig, [])
        subj = TYPED_SUBJ[o["kind"]][hsh("t", n) % len(TYPED_SUBJ[o["kind"]])]
        info.update(style="typed", links=[u for _, u in o["links"]], sender=[])
    else:
        raise ValueError(style)
    raw = serialize(client, n, name, me, to, subj, date, text, htm, attachments, html_only=htm_only)
    return raw, info


def phones_ok(text, e164):
    t = re.sub(r"(?<=\d)[ .\-\u00a0/]+(?=\d)", "", text)
    t = re.sub(r"\(0\)", "", t)
    if e164.startswith("+33"):
        nat = e164[3:]
        return ("0" + nat) in t or ("+33" + nat) in t or ("0033" + nat) in t
    return e164 in t or e164[1:] in t


URL_RE = re.compile(r"(?:https?://|www\.)[^\s\"'<>)\]]+", re.I)
TECH = {"w3.org", "microsoft.com", "outlook.com"}  # Word/OWA markup namespaces, Safe Links host


def collect(msg, acc):
    for part in msg.walk():
        for k in ("From", "Reply-To", "Subject"):
            if part.get(k):
                acc.append(f"{k}: {part.get(k)}")
        ct = part.get_content_type()
        if ct.startswith("text/"):
            acc.append(part.get_content())
        elif ct == "application/octet-stream" and (part.get_filename() or "").endswith(".eml"):
            collect(BytesParser(policy=policy.default).parsebytes(part.get_content()), acc)


def unwrap(u):
    from urllib.parse import urlparse, parse_qs, unquote
    import html as H
    u = H.unescape(u)
    if "safelinks.protection.outlook.com" in u:
        q = parse_qs(urlparse(u).query)
        return q["url"][0]
    return u


def check(n, raw, row, r):
    errs = []
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if msg.defects:
        errs.append(f"defects {msg.defects}")
    acc = []
    collect(msg, acc)
    blob = "\n".join(acc)
    for d in filter(None, row["link_domains"].split(";")):
        if d not in blob:
            errs.append(f"domain {d} not in report")
    for p in filter(None, row["phones"].split(";")):
        if not phones_ok(blob, p):
            errs.append(f"phone {p} not in report")
    for s in filter(None, row["sender"].split(";")):
        if s not in blob:
            errs.append(f"sender {s} not in report")
    # every URL in the report is an expected domain, a reporter signature or shown-text domain
    allowed = set(TECH)
    for w in [r["who"], r.get("inner_who")]:
        if w:
            allowed |= {etld1(u) for u in URL_RE.findall(R[w][4])}
    for oid in r["origs"]:
        allowed |= {etld1(t) for t, _ in ORIGINALS[oid]["links"] if re.match(r"(https?://|www\.)", t)}
    exp = set(filter(None, row["link_domains"].split(";")))
    for u in URL_RE.findall(blob):
        d = etld1(unwrap(u))
        if d not in exp and d not in allowed:
            errs.append(f"unexpected url domain {d} ({u[:60]})")
    # the reporter's own phones never leak into expected values
    for w in [r["who"], r.get("inner_who")]:
        if w:
            for p in filter(None, row["phones"].split(";")):
                if phones_ok(R[w][4], p):
                    errs.append(f"reporter phone {p} in expected")
    return errs


def main():
    rows = []
    errors = []
    for f in os.listdir(HERE):
        if re.match(r"report_\d{3}\.eml$", f):
            os.remove(os.path.join(HERE, f))
    sev = {"fraud": 3, "spam": 2, "legitimate": 1}
    used = set()
    for i, r in enumerate(P, 1):
        raw, info = build_one(i, r)
        fname = f"report_{i:03d}.eml"
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        origs = [ORIGINALS[x] for x in r["origs"]]
        used |= set(r["origs"])
        label = max((o["label"] for o in origs), key=lambda l: sev[l])
        camp = ";".join(dict.fromkeys(CAMPAIGN[x] for x in r["origs"] if x in CAMPAIGN))
        doms = sorted(dict.fromkeys(etld1(u) for u in info["links"]))
        phones = list(dict.fromkeys(p for o in origs for p in o["phones"]))
        row = dict(file=fname, label=label, campaign=camp, sender=";".join(dict.fromkeys(info["sender"])),
                   link_domains=";".join(doms), phones=";".join(phones), style=info["style"],
                   lang=origs[0]["lang"], original="+".join(r["origs"]))
        rows.append(row)
        for e in check(i, raw, row, r):
            errors.append(f"{fname}: {e}")
    # campaign sanity: a campaign name is used only for originals seen in >1 report
    cnt = {}
    for r in P:
        for x in r["origs"]:
            cnt[x] = cnt.get(x, 0) + 1
    for row in rows:
        for x in row["original"].split("+"):
            if cnt[x] < 2 and x in CAMPAIGN:
                errors.append(f"{row['file']}: campaign set for single original {x}")
            if cnt[x] >= 2 and x not in CAMPAIGN:
                errors.append(f"{row['file']}: original {x} repeated without campaign")
    missing = set(ORIGINALS) - used
    if missing:
        errors.append(f"originals never used: {sorted(missing)}")
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["file", "label", "campaign", "sender", "link_domains", "phones", "style",
                                        "lang", "original"], lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    write_counts(rows)
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} ERRORS")
        sys.exit(1)
    print(f"{len(rows)} reports, {len(used)} originals, all checks passed")


def write_counts(rows):
    from collections import Counter
    c = Counter((r["label"], r["style"], r["lang"]) for r in rows)
    lines = ["| label | style | lang | n |", "|---|---|---|---|"]
    for k in sorted(c):
        lines.append(f"| {k[0]} | {k[1]} | {k[2]} | {c[k]} |")
    tot = Counter(r["label"] for r in rows)
    st = Counter(r["style"] for r in rows)
    lg = Counter(r["lang"] for r in rows)
    summ = (f"Reports: {len(rows)}. Labels: " + ", ".join(f"{k} {v}" for k, v in sorted(tot.items())) +
            ". Styles: " + ", ".join(f"{k} {v}" for k, v in sorted(st.items())) +
            ". Languages: " + ", ".join(f"{k} {v}" for k, v in sorted(lg.items())) + ".")
    with open(os.path.join(HERE, "COUNTS.md"), "w", encoding="utf-8") as fh:
        fh.write(summ + "\n\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
