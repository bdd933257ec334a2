# -*- coding: utf-8 -*-
"""Who forwards what, how.  Reporters' own signatures, phones and links are NOT indicators."""

REPORTERS = [
    # 0
    dict(name="Hélène Durand", email="helene.durand56@outlook.fr", client="outlook_fr",
         sig="Dr Hélène Durand\nMédecin généraliste – Cabinet des Tilleuls\n8 allée des Tilleuls, 56000 Vannes\nTél. 02 97 63 22 10\nRDV en ligne : https://www.doctolib.fr/medecin-generaliste/vannes/helene-durand"),
    dict(name="Marc Le Goff", email="marc.legoff.med@gmail.com", client="gmail_fr",
         sig="Dr Marc Le Goff\nMG – Auray\n06 81 22 47 30"),
    dict(name="Dr Isabelle Tanguy", email="isabelle.tanguy@wanadoo.fr", client="orange",
         sig="Isabelle Tanguy\nPédiatre\n02 97 24 10 55"),
    dict(name="Yves Kerbrat", email="yves.kerbrat@free.fr", client="free", sig="Y. Kerbrat"),
    dict(name="Cécile Allain", email="cecile.allain@ch-bretagne-sud.fr", client="owa_fr",
         sig="Dr Cécile Allain\nPraticien hospitalier – Service des urgences\nCentre hospitalier Bretagne Sud\nDECT 4518 – 02 97 06 45 18\nwww.ch-bretagne-sud.fr"),
    # 5
    dict(name="Jean-Luc Évenou", email="jl.evenou@sfr.fr", client="sfr", sig="JL Évenou, médecin généraliste retraité actif"),
    dict(name="Dr Sophie Guillemot", email="sophie.guillemot@icloud.com", client="ios", sig=""),
    dict(name="François Le Bris", email="francois.lebris@laposte.net", client="laposte",
         sig="Dr F. Le Bris – 14 rue Victor Hugo – 56100 Lorient – 02 97 21 33 88"),
    dict(name="Nathalie Perrot", email="nathalie.perrot@yahoo.fr", client="yahoo", sig="Nathalie Perrot, dermatologue"),
    dict(name="Dr Thomas Riou", email="thomas.riou@medecin-pontivy.fr", client="thunderbird_fr",
         sig="Dr Thomas Riou\nMaison de santé de Pontivy\n02 97 25 60 60 | https://www.msp-pontivy.fr"),
    # 10
    dict(name="Anne Cadiou", email="anne.cadiou@gmail.com", client="android_gmail", sig=""),
    dict(name="Secrétariat Cabinet médical du Port", email="secretariat.cabinetduport@orange.fr", client="orange",
         sig="Secrétariat du Cabinet médical du Port\n3 quai Tabarly, 56170 Quiberon\nTél. 02 97 50 12 12"),
    dict(name="Dr Paul Jégo", email="paul.jego@outlook.com", client="outlook_en",
         sig="Paul Jégo, MD\nCardiologist – Vannes\nTel +33 2 97 46 11 20"),
    dict(name="Morgane Le Roux", email="morgane.leroux@apple-mg.fr", client="apple",
         sig="Dr Morgane Le Roux\nMédecin généraliste\nPloërmel"),
    dict(name="Dr Olivier Nicol", email="o.nicol@chbs.mssante.fr", client="thunderbird_fr",
         sig="Dr O. Nicol – gériatrie – CHBS"),
    # 15
    dict(name="Gaëlle Henry", email="gaelle.henry29@gmail.com", client="gmail_fr",
         sig="Dr Gaëlle Henry\nRemplaçante en médecine générale\n07 68 12 44 03"),
    dict(name="Dr Alain Besnard", email="alain.besnard@wanadoo.fr", client="legacy",
         sig="Docteur Alain BESNARD\nMédecine générale - Homéopathie\n5, place de l'Église 56400 Auray\nTél : 02.97.56.14.78 - Fax : 02.97.56.14.79"),
    dict(name="Claire Marec", email="claire.marec@protonmail.com", client="thunderbird_en", sig="Claire Marec, MD"),
    dict(name="Dr Erwan Salaün", email="erwan.salaun@gmail.com", client="gmail_en",
         sig="Erwan Salaün\nAnesthésiste-réanimateur – Clinique Océane\nhttps://www.clinique-oceane.fr"),
    dict(name="Karine Moal", email="karine.moal@ch-bretagne-sud.fr", client="outlook_fr",
         sig="Karine Moal\nAssistante médicale – Pôle médecine\nCentre hospitalier Bretagne Sud\n☎ 02 97 06 71 14"),
    # 20
    dict(name="Dr Vincent Chauvel", email="vincent.chauvel@sfr.fr", client="samsung", sig=""),
    dict(name="Pierre-Yves Caradec", email="py.caradec@free.fr", client="free",
         sig="Dr P-Y Caradec, médecin du sport – 06 07 88 21 64"),
    dict(name="Élodie Rolland", email="elodie.rolland@laposte.net", client="laposte", sig="Élodie Rolland\nSage conseil : signaler, ne jamais cliquer."),
    dict(name="Dr Hervé Lucas", email="herve.lucas@orange.fr", client="orange", sig="Dr Hervé Lucas\nPsychiatre – Vannes"),
    dict(name="Bénédicte Garnier", email="benedicte.garnier@icloud.com", client="apple",
         sig="Bénédicte Garnier\nGynécologue médicale\n06 62 40 19 87"),
    # 25
    dict(name="Dr Ronan Guillou", email="ronan.guillou@gmail.com", client="gmail_fr",
         sig="--\nRonan Guillou\nMédecin généraliste – Belle-Île\nhttps://www.cabinet-belleile.fr"),
    dict(name="Martine Audran", email="martine.audran@medecin-pontivy.fr", client="thunderbird_fr",
         sig="Martine Audran\nSecrétaire médicale – MSP Pontivy"),
    dict(name="Dr Laurent Pichon", email="laurent.pichon@ch-bretagne-sud.fr", client="owa_fr",
         sig="Dr Laurent Pichon\nChef de service – Pneumologie\nCHBS – 02 97 06 73 00"),
    dict(name="Sandrine Collet", email="sandrine.collet@yahoo.fr", client="yahoo", sig="Sandrine Collet – ORL – Lorient"),
    dict(name="Dr Arnaud Lefeuvre", email="arnaud.lefeuvre@gmail.com", client="ios", sig=""),
    # 30
    dict(name="Dr Hugo Bernard", email="hugo.bernard@outlook.com", client="outlook_fr",
         sig="Dr Hugo Bernard\nOphtalmologiste\nCentre ophtalmologique de Lorient\n02 97 83 45 45"),
]

REPORTS = []


def R(o, rep, style="inline", client=None, c="", **kw):
    if isinstance(o, str):
        o = o.split("+")
    d = dict(o=o, rep=rep, style=style, client=client or REPORTERS[rep]["client"], c=c)
    d.update(kw)
    d["n"] = len(REPORTS) + 1
    REPORTS.append(d)


# ------------------------------------------------------------------ campaigns (one original, several doctors)
R("f01", 0, c="Bonjour,\nEst-ce une arnaque ? Je n'ai jamais rien reçu de l'ANDPC à ce sujet et je ne sais pas où j'en suis de ma certification.\nMerci de votre retour.", camp="andpc-certif-cloture")
R("f01", 9, "attachment", c="Pour info, reçu ce matin. Je vous le transmets en pièce jointe.", camp="andpc-certif-cloture")
R("f01", 15, camp="andpc-certif-cloture")
R("f01", 27, safelinks=True, c="Bonjour,\n\nJe reçois ce message sur ma boîte professionnelle. Je suis praticien hospitalier à temps plein et je pensais que la certification ne passait pas par ce type d'organisme. Le message mentionne une suspension de mon droit d'exercice, ce qui m'inquiète beaucoup. Pouvez-vous me confirmer la démarche à suivre ? Je n'ai rien cliqué.\n\nCordialement", camp="andpc-certif-cloture")

R("f02", 1, "typed", c="Bonjour,", text="J'ai reçu hier soir ce SMS (expéditeur affiché « ProSanteConnect ») :\n\n« {body} »\n\nJe n'ai pas cliqué. Ma e-CPS fonctionne très bien. Vous confirmez que c'est faux ?", subj="SMS e-CPS suspect", camp="sms-ecps-renouvellement")
R("f02", 6, "pasted", text="ProSanteConnect\nAujourd'hui 19:12\n{body}", subj="Sms bizarre", camp="sms-ecps-renouvellement")
R("f02", 20, "typed", c="Bonsoir", text="Un SMS « ProSanteConnect » me dit que mon e-CPS expire le 8/11 et propose de la renouveler sur e-cps-renouvellement.fr. Je ne l'ai pas ouvert. A signaler aux confrères peut-être.", subj="e-cps", camp="sms-ecps-renouvellement")

R("f03", 13, c="Bonjour, j'ai pourtant payé ma cotisation en janvier par prélèvement. Est-ce bien vous ?\nMerci", camp="cotisation-cnom-iban")
R("f03", 16, c="Messieurs,\nJe reçois ce courrier électronique qui me paraît suspect (IBAN à la Banque Postale ? Qonto ?). Merci de vérifier.", camp="cotisation-cnom-iban")
R("f03", 22, "attachment", att="eml_octet", c="Je vous transmets le message original (fichier .eml) reçu aujourd'hui.", camp="cotisation-cnom-iban")

R("f04", 9, c="Bonjour,\nLe cabinet a reçu ceci. Notre logiciel se met à jour tout seul normalement. Avant de laisser la secrétaire installer quoi que ce soit je préfère vous demander.", camp="cpam-teletrans-maj")
R("f04", 30, nameonly=True, c="Vrai ou faux ?", camp="cpam-teletrans-maj")
R("f04", 21, c="Reçu 3 fois cette semaine. Je vous laisse juger.", camp="cpam-teletrans-maj")

R("f05", 1, c="Bonjour,\n\nJe suis très inquiet : je reçois ce mail qui m'annonce une plainte. Je n'ai eu aucun conflit avec une patiente récemment. Est-ce que ce mail vient bien de vos services ? Je n'ai pas ouvert le lien.\n\nMerci de me répondre rapidement.", camp="plainte-cdpi-0417")
R("f05", 6, c="Est ce que c'est vous ?", camp="plainte-cdpi-0417")
R("f05", 0, "direct", camp="plainte-cdpi-0417")

R("f06", 10, "pasted", c="Reçu sur WhatsApp ce midi", text="+33 7 56 81 20 44\n{body}\n12:31", subj="Amende Ordre ???", camp="whatsapp-amende-ordre")
R("f06", 24, "typed", text="Bonjour,\nUn message WhatsApp du +33 7 56 81 20 44 se présentant comme « Ordre des Médecins – Service Contentieux » me réclame 135 € d'amende (majorée à 375 €) pour « défaut d'enregistrement de certification périodique », avec un lien ordre-medecins-amendes.fr/payer. L'Ordre inflige-t-il des amendes ? Je suppose que non.\nBien à vous", subj="WhatsApp amende certification", camp="whatsapp-amende-ordre")

R("e02", 12, c="FYI – received this in English, supposedly from the Conseil national. Looks odd to me.", camp="docusign-cnom-compliance")
R("e02", 18, c="Bonjour, reçu ce DocuSign au nom du CNOM. Je n'attends aucun document. Merci", camp="docusign-cnom-compliance")

R("f09", 2, c="Bonjour,\nLes élections ont-elles bien lieu en ce moment ? On me demande une carte bancaire pour voter, cela me surprend.", camp="faux-vote-ordinal")
R("f09", 20, c="??", camp="faux-vote-ordinal")

R("f10", 8, c="Bonjour, ce mail est-il authentique ? L'adresse ressemble à celle de l'ANS mais je ne suis pas sûre.", camp="ecps-esante-gouv-lookalike")
R("f10", 17, "attachment", c="Forwarding as attachment as requested on your website.", camp="ecps-esante-gouv-lookalike")

R("f11", 5, c="Bonjour,\nOn me dit que j'ai 1470 € à utiliser. Je veux bien, mais est-ce sérieux ?\nCordialement", camp="solde-dpc-1470")
R("f11", 25, camp="solde-dpc-1470")

R("f23", 4, c="Pour info – reçu sur ma boîte perso alors que j'utilise Mailiz.", camp="mailiz-quota")
R("f23", 14, c="Bonjour,\nMa boîte est-elle vraiment pleine ?", camp="mailiz-quota")

R("l01", 0, c="Bonjour,\nOn me demande de vérifier mes coordonnées bancaires sur Mon DPC. Après votre circulaire sur les arnaques DPC, je préfère vérifier avec vous avant de me connecter.", camp="andpc-mondpc-evolution")
R("l01", 15, c="Arnaque ou pas ? Ils parlent de coordonnées bancaires...", camp="andpc-mondpc-evolution")
R("l01", 13, c="Bonjour, message reçu ce jour. Les liens semblent corrects mais je préfère avoir votre avis. Bien confraternellement", camp="andpc-mondpc-evolution")

R("l06", 9, c="Bonjour,\nJe voulais m'assurer que ce message vient bien du conseil : on nous a signalé de faux mails d'élections l'an dernier.", camp="cdom-elections-2026")
R("l06", 0, camp="cdom-elections-2026")

R("l08", 2, c="Bonjour, la CARMF m'écrit pour un appel de cotisation, est-ce normal par mail ?", camp="carmf-appel-2025")
R("l08", 1, c="Pour vérification svp", camp="carmf-appel-2025")

R("l14", 4, c="Bonjour,\nCe DGS-Urgent est-il authentique ? Je ne suis pas inscrite à cette liste à ma connaissance.", camp="dgs-urgent-rougeole")
R("l14", 26, "attachment", c="Bonjour,\nLe Dr Riou me demande de vous transférer ce message pour vérification.\nCordialement", camp="dgs-urgent-rougeole")

R("l07", 3, c="Ils disent poursuites disciplinaires pour une cotisation... c'est vraiment eux ?", camp="cnom-dernier-rappel-cotisation")
R("l07", 28, c="Bonjour, suite à votre alerte sur les faux appels de cotisation, celui-ci est-il authentique ? Merci", camp="cnom-dernier-rappel-cotisation")

R("l05", 19, c="Bonjour,\nPlusieurs médecins du pôle ont reçu ce message. Pouvez-vous nous confirmer qu'il provient bien de Mailiz ?\nBien cordialement", camp="mailiz-mdp-expire")
R("l05", 23, camp="mailiz-mdp-expire")

R("s01", 1, c="Encore un organisme DPC... c'est légal de nous écrire comme ça ?", camp="formavia-s1-2026")
R("s01", 0, c="Pour information.", camp="formavia-s1-2026")
R("s01", 11, "direct", camp="formavia-s1-2026")

R("x01", 18, c="Congrès bidon ?", camp="world-cardio-2026")
R("x01", 12, "attachment", c="Another one of those congress invitations.", camp="world-cardio-2026")

R("s06", 7, c="Bonjour, je reçois de la publicité du Quotidien sur mon adresse pro, est-ce normal ?", camp="qdm-black-friday")
R("s06", 3, camp="qdm-black-friday")

R("s18", 9, c="Bonjour,\nCet institut utilise le nom de l'ANDPC. Est-ce autorisé ?", camp="iefm-dermatoscopie")
R("s18", 30, camp="iefm-dermatoscopie")

R("s03", 25, c="Démarchage, à bloquer ?", camp="praxilog-demo")
R("s03", 8, camp="praxilog-demo")


# ------------------------------------------------------------------ single reports: frauds (FR)
R("f07", 3, "typed", text="Bonjour,\n\nVoici la transcription du message vocal laissé sur le répondeur du cabinet mardi (transcription automatique de ma box, j'ai corrigé deux mots) :\n\n\"{body}\"\n\nJe n'ai pas rappelé. La « direction régionale de certification périodique », ça existe ?\n\nYves Kerbrat", subj="Message répondeur certification", nosig=True)
R("f08", 14, "typed", text="{body}\n\nJe vous le signale car d'autres confrères pourraient se faire avoir : il était très convaincant et connaissait mon RPPS.", subj="Appel se disant de l'ANS")
R("f12", 22, "typed", c="Bonjour,", text="SMS reçu de « AMELI » sur mon portable :\n{body}\n\nJe suppose que c'est une arnaque classique, mais je vous le transmets puisque j'ai vu votre appel à signalement.", subj="sms ameli")
R("f13", 7, "attachment", att="rfc822", c="Je ne comprends pas, l'Urssaf m'a déjà envoyé mon échéancier. Que dois-je faire ?")
R("f15", 24, c="Bonjour,\nMon abonnement Doctolib est payé par la SCM, je ne crois pas qu'il y ait eu de rejet. Avis ?")
R("f16", 21, "typed", text="Pour info, SMS reçu hier soir :\n\n\"{body}\"\n\nJe ne suis même pas client du Crédit Agricole.", subj="encore un SMS")
R("f17", 19, c="Bonjour,\n\nLe Dr Moreau nous a dit ce matin qu'elle n'avait rien envoyé et que son adresse orange avait été piratée. Plusieurs médecins du pôle ont reçu ce message. Je vous le transmets à toutes fins utiles.\n\nCordialement")
R("f18", 16, "typed", scan="Scan_courrier_RNPS.jpg", subj="Courrier reçu au cabinet - Registre national",
  text="Madame, Monsieur,\n\nJe reçois au cabinet, par la poste, un formulaire à en-tête « Registre national des professionnels de santé » (scan joint). Il a toutes les apparences d'un document officiel. Voici ce qui y figure :\n\n----\n{body}\n----\n\nAu verso, en très petits caractères, il est indiqué que la signature vaut commande pour trois ans. Ma secrétaire a failli le signer. Est-ce une obligation ?\n\nBien confraternellement")
R("f19", 29, "typed", text="Bonjour,\n\n{body}\n\nComment ont-ils eu mon numéro personnel ?? Merci de m'indiquer s'il faut porter plainte.", subj="Appel « contrôle RPPS »")
R("f20", 4, safelinks=True, c="Bonjour, tirée au sort par la HAS ? On me demande mes identifiants ameli pro. Merci de me dire si c'est une obligation réelle.")
R("f21", 19, nested=27, inner_client="owa_fr", inner_c="Karine, peux-tu transférer ça au conseil de l'Ordre (adresse de signalement) ? Merci", c="Bonjour,\nÀ la demande du Dr Pichon, je vous transmets ce message pour vérification.\nCordialement")
R("f24", 5, "attachment", att="eml_octet", c="Bonjour\nJ'aimerais bien récupérer 1126 €, mais je n'ai pas confiance. Qu'en pensez-vous ?")
R("f25", 10, "typed", text="Reçu par SMS du 06 45 22 91 07 :\n« Dr, votre droit a formation DPC 2025 (pris en charge a 100% + indemnisation) arrive a echeance. Derniers jours pour l'activer. Rappelez votre conseillere au 09 70 71 84 52. STOP au 36111 »\nC'est la quatrième fois ce mois-ci.", subj="SMS DPC")
R("f26", 17, "attachment", c="Hello, another 'direction régionale' one. It comes from a gmail address.")
R("f27", 6, "pasted", c="Bonjour, message WhatsApp reçu de +33 6 28 73 40 51 :", text="{body}", subj="Whatsapp Sophie ANDPC")
R("f28", 8, "attachment", att="rfc822", c="Est-ce vraiment l'Assurance Maladie qui envoie des avenants par DocuSign ?")
R("f29", 15, "typed", text="SMS « ANS-CPS » reçu ce matin :\n{body}\nJe n'ai rien commandé. Je précise que je suis remplaçante, je n'ai pas encore de carte CPS à mon nom.", subj="SMS frais de port CPS")
R("f30", 0, c="Bonjour,\n\nJ'ai effectivement eu un appel hier d'une personne qui se disait mandatée pour m'inscrire au DPC. Je n'ai rien accepté. Elle m'envoie maintenant ce mail et me demande mon mot de passe Mon DPC. Je ne compte évidemment pas répondre.\n\nBien à vous")
R("f31", 19, nested=4, inner_client="owa_fr", inner_c="Karine, ce message est arrivé sur ma boîte CHBS, est-ce que tu peux le transmettre à la DSI et au signalement de l'Ordre ?", c="Bonjour,\nVoici un message reçu par le Dr Allain. La DSI a été prévenue également.\nBien cordialement")
R("f32", 20, "typed", text="Bonjour,\nCe matin SMS :\n{body}\nJe n'ai jamais eu de plainte. J'avoue que j'ai eu un coup de stress.", subj="Plainte ?? SMS tribunal")
R("f33", 28, "attachment", att="rfc822", c="Bonjour, est-ce en lien avec l'annuaire santé officiel ? Merci")
R("f34", 16, c="Messieurs,\nJ'ai reçu cet appel à contribution de la part du conseil. Je veux bien aider l'entraide mais le mode de règlement me surprend. Pouvez-vous confirmer ?")
R("f35", 23, "typed", text="Bonjour,\n\nMessage laissé sur mon répondeur hier à 17h22 :\n\n« {body} »\n\nJe n'ai pas connaissance de procédure. Faut-il rappeler ? Je préfère votre avis avant.\n\nDr Lucas", subj="message d'un huissier ?", nosig=True)
R("f36", 5, "pasted", c="Bonjour, voici un mail reçu (copié-collé) :", text="{body}", subj="don ???")
R("f38", 25, "typed", text="SMS reçu de \"DGFIP\" :\n{body}\n\nJe paye ma CFE par prélèvement. Vérification svp.", subj="sms cfe")
R("f39", 13, c="Bonjour,\nJ'ai reçu ce message cette nuit. Je ne suis jamais allée au Nigeria... Dois-je changer quelque chose sur mon e-CPS ?\nMerci de votre aide")
R("f40", 2, "direct")
R("f22+l27", 0, c="Bonjour,\n\nJ'ai reçu ces deux messages à quelques jours d'intervalle. J'ai bien demandé moi-même la réinitialisation de mon mot de passe Doctolib le 20 juin (je l'avais oublié), mais pas celle de l'espace ordinal. Pouvez-vous me dire si le second est authentique ?\n\nMerci")
R("f37+f14", 22, "attachment", c="Deux messages reçus cette semaine, en pièces jointes.")

# ------------------------------------------------------------------ single reports: frauds (EN)
R("e01", 12, c="Bonjour, does the CNOM have an international register? I never heard of it.")
R("e03", 18, htmlonly=True, c="Pas de Dr Leclerc dans mes contacts...")
R("e04", 9, "direct")
R("e05", 7, "direct")
R("e06", 17, c="A grant from WHO for French GPs? I doubt it but you never know.")
R("e07", 29, c="Bonjour, j'ai reçu ça en anglais. Mon compte Doctolib est-il compromis ?")
R("e08", 30, c="Bonjour,\nNous avons bien commandé du gel chez un fournisseur mais nous l'avons payé. Leur adresse mail est-elle correcte ? Merci")
R("e09", 10, "typed", text="En anglais sur mon téléphone :\n{body}", subj="SMS apple")
R("e10", 1, "direct")
R("e11", 12, "pasted", c="Hello, received on WhatsApp this afternoon:", text="WhatsApp – +44 7700 183 512\n{body}", subj="WhatsApp 'French Medical Council'")
R("e12", 21, "attachment", att="rfc822", c="Je n'ai jamais acheté d'ECG sur PayPal. Je n'ai pas appelé le numéro.")
R("e13", 17, c="Is this the European version of the certification périodique?")
R("e14", 3)

# ------------------------------------------------------------------ spam (FR)
R("s02", 3, c="Pub.")
R("s04", 8, "attachment", att="eml_octet", c="Bonjour, est-ce que l'Ordre a transmis mes coordonnées à ce courtier ?")
R("s05", 13, c="Bonjour, cette banque est-elle sérieuse ? Je ne l'ai jamais sollicitée.")
R("s07", 14, c="Pour information : congrès à Vannes. Je ne sais pas si c'est un vrai congrès.")
R("s08", 24, c="Troisième relance de ce cabinet de recrutement. Peut-on faire quelque chose ?")
R("s09", 4, "typed", text="{body}\nPas d'arnaque à proprement parler mais c'est pénible. Faut-il le signaler à quelqu'un ?", subj="Démarchage DPC par téléphone")
R("s10", 20, "typed", text="SMS publicitaire reçu sur mon portable perso :\n{body}", subj="sms recrutement")
R("s11", 27, c="Bonjour, démarchage d'un laboratoire sur mon adresse hospitalière. Pour info.")
R("s12+s17", 5, c="Je vous transmets deux publicités reçues ce mois-ci. Je me demande comment ces sociétés obtiennent nos adresses.")
R("s13", 25, c="Bonjour, est-ce que le conseil diffuse nos adresses mail aux agences immobilières ?")
R("s14", 7)
R("s15", 0, c="Bonjour,\n\nCet organisme parle de certification périodique. Il précise qu'il n'est ni l'Ordre ni l'ANDPC, ce qui me paraît plutôt honnête, mais je préfère avoir votre avis avant de télécharger quoi que ce soit.\n\nCordialement")
R("s16", 22, "pasted", text="{body}", subj="publicité défiscalisation")
R("s19", 15, c="Étude rémunérée 60 €, c'est légal ?")
R("s20", 23)

# ------------------------------------------------------------------ spam (EN)
R("x02", 29, "direct")
R("x03", 28, "attachment", att="rfc822", c="Bonjour, publicité en anglais. Pour info.")
R("x04", 15, c="Démarchage d'un recruteur anglais. Je n'ai jamais donné mon adresse.")
R("x05", 12, c="Spam?")
R("x06", 18, htmlonly=True)
R("x07", 17, "pasted", c="Copy-paste of the email I received, it mentions my thesis:", text="From: Academic Press Publishing\n\n{body}", subj="publishing offer")
R("x08", 1, c="Bonjour, est-ce légal de proposer ce type de partenariat aux médecins français ?")
R("x09", 30, c="Chasseur de têtes suisse, pour info. Je n'ai rien demandé.")
R("x10", 2, c="Bonjour, enquête rémunérée en anglais. Spam ou arnaque ?")

# ------------------------------------------------------------------ legitimate (FR, official)
R("l02", 24, c="Bonjour,\nJe reçois un mail de réinitialisation de mot de passe Mon DPC. Je crois que c'est moi qui l'ai demandé hier soir mais votre circulaire parle de ce genre de mail. Merci de me rassurer.")
R("l03", 27, safelinks=True, c="Bonjour,\n\nJe reçois ce message concernant mon compte de certification périodique. La circulaire du conseil indiquait que l'ANS ne nous contacterait pas directement. Est-ce un faux ?\n\nBien cordialement")
R("l04", 6, c="On me donne un code e-CPS mais je ne suis pas sûre de l'avoir demandé (peut-être en changeant de téléphone ?)")
R("l09", 16)
R("l10+l16", 21, c="Bonjour, deux mails reçus : Urssaf et ameli. J'ai un doute sur les deux, surtout depuis les arnaques de cet été.")
R("l11", 5, c="Ce message des impôts est-il sérieux ? Pas de lien dedans.")
R("l12", 25, "attachment", att="rfc822", c="Bonjour, l'ARS parle de réquisitions... C'est vraiment l'ARS ?")
R("l13", 7, c="Newsletter HAS, vraie ou fausse ? Je ne me souviens pas m'être abonné.")
R("l15", 11, c="Bonjour,\nLe Dr Tanguy voudrait savoir si ce courrier du ministère est authentique.\nCordialement")
R("l17", 30, "attachment", c="Bonjour,\n\nJe reçois cette convocation par courriel. Après les faux mails de « plainte » dont vous nous avez parlé, je voudrais être sûr qu'il s'agit bien du conseil départemental. L'adresse d'expédition est différente de celle que je connais (cdom56...).\n\nMerci par avance")
R("l18", 10)
# ------------------------------------------------------------------ legitimate (FR, correspondence)
R("l19", 14, "attachment", att="eml_octet", c="Transmis par erreur ? Je pensais que c'était un spam, l'adresse mssante de l'hôpital ne m'est pas familière. Désolé du dérangement si c'est normal.")
R("l20", 9, c="Bonjour, je reçois ce résultat critique par mail non sécurisé depuis un laboratoire que je ne connais pas bien. Est-ce une arnaque pour me faire cliquer ?")
R("l21", 2, c="")
R("l22", 6, c="Une patiente m'écrit sur mon adresse perso, est-ce normal qu'elle l'ait ? Pas d'arnaque je pense mais je préfère signaler.")
R("l23", 13, c="Bonjour,\nMon comptable me demande des documents via un lien. C'est bien son adresse mais après l'histoire du Dr Moreau piratée je me méfie.")
R("l24", 0, "attachment", att="rfc822", c="Bonjour, je n'étais pas sûre que ce soit bien le support de mon logiciel (je n'ai pas le souvenir du numéro de ticket).")
R("l25", 0, c="Bonjour,\n\nJe vous transmets par prudence ce mail d'un associé qui demande un virement. Je l'ai appelé, il m'a confirmé que c'était bien lui. Je vous l'envoie quand même puisque vous demandiez des exemples de demandes de virement.\n\nBonne journée")
R("l26", 19, nested=0, inner_client="outlook_fr", inner_c="Karine, est-ce bien la DSI ? on m'a dit de me méfier des mails qui parlent de mots de passe.", c="Bonjour,\nPour vérification, à la demande du Dr Durand.\nCordialement\nKarine")
R("l28", 4, c="Bonjour, ce mail me paraît légitime mais il vient d'une adresse que je ne connais pas. Pouvez-vous vérifier ?")
R("l29", 26, c="Bonjour,\nLe cabinet de radiologie nous écrit pour passer par MSSanté. Est-ce une obligation ?\nMartine Audran")
R("l30", 1, "pasted", c="Bonjour, un patient m'écrit ceci, je voulais savoir si c'est un phishing classique :", text="{body}", subj="message patient")

# ------------------------------------------------------------------ legitimate (EN)
R("k01", 0, c="Bonjour, ce mail d'une revue me paraît sérieux mais je ne suis pas relectrice habituellement. Arnaque ?")
R("k02", 18, c="Demandé par moi ce soir je crois. Pour info seulement, je ne sais plus.")
R("k03", 0, c="Code de sécurité Microsoft reçu alors que je me connectais ; je vous le transmets pour vérifier que c'est bien Microsoft.")
R("k04", 13, c="Bonjour, un confrère anglais m'écrit pour une patiente en vacances. Est-ce sécurisé de lui répondre ?")
R("k05", 3, c="")
R("k06", 12, "attachment", c="Vérification svp, on m'a dit que de faux mails d'inscription circulent.")
R("k07", 0, "attachment", att="eml_octet", c="Prélèvement de 559 € annoncé, est-ce un vrai mail d'UpToDate ?")
R("k08", 0, "attachment", c="Bonjour,\nUn DocuSign de mon comptable. J'ai vu qu'il y avait de faux DocuSign au nom du CNOM, celui-ci me semble normal (j'attendais la lettre de mission).")
R("k09", 17, c="")
R("k10", 0, c="Bonjour, enquête d'une chercheuse de l'UCL. Est-ce fiable ?")

# ------------------------------------------------------------------ additional English originals
R("e15", 8, "attachment", att="rfc822", c="Bonjour, facture en anglais de « l'Ordre des Médecins ». Je paie déjà ma cotisation. Merci de vérifier.")
R("e16", 30, "typed", text="Bonjour,\n\nMessage vocal automatique en anglais laissé ce matin sur la ligne du centre :\n\n\"{body}\"\n\nJe n'ai pas rappelé.", subj="Message vocal 'French Health Ministry'")
R("x11", 21, c="Recrutement au Québec. Pour info.")
R("k11", 0, c="Bonjour, je ne me souviens plus si je me suis inscrite sur BMJ Learning. Est-ce fiable ?")
R("k12", 15, c="Le même recruteur que la semaine dernière, maintenant via LinkedIn. Le message LinkedIn est-il vrai ?")

R("l31", 13, "typed", text="SMS reçu à l'instant (expéditeur « ameli ») :\n« {body} »\nJe viens de me connecter à ameli pro, donc je pense que c'est moi. Mais après les histoires de codes demandés par téléphone, je voulais vérifier que ce format de SMS est bien le bon. Merci !", subj="Code ameli pro par SMS")
R("l32", 3, "typed", text="Bonjour,\n\n{body}\n\nEst-ce une démarche normale ou encore un démarchage du type DPC ? Je n'ai pas encore rappelé.\n\nY. Kerbrat", subj="Appel CPAM ? rendez-vous au cabinet", nosig=True)
