# -*- coding: utf-8 -*-
"""Who forwarded what, how, with which words.  Order is shuffled deterministically."""
import random

COUNCIL = "signalement@cdom35.ordre.medecin.fr"

REPORTERS = {
 "morvan": dict(name="Dr Hélène Morvan", addr="helene.morvan35@orange.fr",
                sig="Dr Hélène Morvan\nMédecin généraliste\n12 rue de Nantes - 35000 Rennes\nTél. 02 99 30 12 45"),
 "lebihan": dict(name="Yann Le Bihan", addr="yann.lebihan.md@gmail.com",
                 sig="Dr Yann Le Bihan\nMédecine générale - MSP de Bruz\nRDV : https://www.doctolib.fr/medecin-generaliste/bruz/yann-le-bihan"),
 "cabinetvitre": dict(name="Cabinet médical des Tanneurs", addr="secretariat@cabinet-tanneurs-vitre.fr",
                      sig="Secrétariat du Cabinet médical des Tanneurs\n4 place des Tanneurs, 35500 Vitré\n02 99 74 60 21 - du lundi au vendredi 8h30-12h / 14h-18h"),
 "gauthier": dict(name="Dr Marc Gauthier", addr="m.gauthier@cabinet-tanneurs-vitre.fr",
                  sig="Dr Marc Gauthier\nCabinet médical des Tanneurs - Vitré\nLigne directe : 02 99 74 60 25"),
 "nguyen": dict(name="Thi Lan Nguyen", addr="tl.nguyen@chu-rennes.fr",
                sig="Dr Thi Lan Nguyen\nPraticien attaché - Service de médecine interne\nCHU de Rennes - Hôpital Pontchaillou\nPoste 86412"),
 "rolland": dict(name="Jean-Yves Rolland", addr="jy.rolland@wanadoo.fr", sig="JY Rolland"),
 "kerleau": dict(name="Anne Kerleau", addr="anne.kerleau@free.fr",
                 sig="Dr Anne Kerleau - pédiatre\n5 bd de la Liberté 35000 Rennes\n02 99 31 77 02"),
 "pichon": dict(name="PICHON Sophie", addr="sophie.pichon.dermato@sfr.fr", sig="Dr S. Pichon\nDermatologie - Saint-Malo"),
 "lemoine": dict(name="Dr Loïc Lemoine", addr="loic.lemoine@laposte.net", sig="Loïc Lemoine\nMédecin généraliste, Combourg\n06 08 41 22 73"),
 "barbier": dict(name="Claire Barbier", addr="claire.barbier@yahoo.fr", sig="Dr Claire Barbier\nPsychiatre - 8 rue Saint-Malo, Rennes"),
 "hamon": dict(name="Erwan Hamon", addr="erwan.hamon@icloud.com", sig=""),
 "delaunay": dict(name="Dr Patrick Delaunay", addr="p.delaunay.cardio@orange.fr",
                  sig="Dr Patrick Delaunay\nCardiologue\nCentre cardiologique de la Vilaine - 02 99 65 40 40"),
 "ferrer": dict(name="Lucía Ferrer", addr="lucia.ferrer.mg@gmail.com", sig="Lucía Ferrer\nMédecin remplaçante"),
 "daniel": dict(name="Dr Bernard Daniel", addr="bernard.daniel35@wanadoo.fr", sig="Dr B. Daniel"),
 "cochet": dict(name="Marion Cochet", addr="marion.cochet@hotmail.fr", sig="Marion Cochet\nMédecin généraliste à Janzé"),
 "simon": dict(name="Dr Antoine Simon", addr="antoine.simon@msp-guichen.fr",
               sig="Dr Antoine Simon\nMSP de Guichen - 1 allée des Sports, 35580 Guichen\nTél : 02 99 57 01 18 | www.msp-guichen.fr"),
 "rault": dict(name="Gwénaëlle Rault", addr="gwen.rault@outlook.fr", sig="Dr G. Rault - ORL"),
 "tessier": dict(name="Dr Paul Tessier", addr="paul.tessier@medecin-fougeres.fr",
                 sig="Dr Paul Tessier\nMédecin généraliste - 23 rue Nationale, 35300 Fougères\nTél. 02 99 99 12 30 - Fax 02 99 99 12 31"),
 "martin_sec": dict(name="Sandrine (secrétariat Dr Martin)", addr="secretariat.drmartin@orange.fr",
                    sig="Secrétariat du Dr Martin\n02 99 83 41 90"),
 "martin": dict(name="Dr François Martin", addr="francois.martin.mg@orange.fr", sig="Dr F. Martin\nMédecin généraliste - Cesson-Sévigné"),
 "bouvier": dict(name="Nathalie Bouvier", addr="n.bouvier@chu-rennes.fr",
                 sig="Nathalie Bouvier\nAssistante médico-administrative - Pôle Cardio-Pneumo\nCHU de Rennes\nTél. 02 99 28 25 11"),
 "perrot": dict(name="Dr Olivier Perrot", addr="olivier.perrot@free.fr", sig="O. Perrot"),
 "legall": dict(name="Maud Le Gall", addr="maud.legall.med@gmail.com", sig=""),
 "chevalier": dict(name="Dr Isabelle Chevalier", addr="i.chevalier@sfr.fr", sig="Dr Isabelle Chevalier\nGynécologue médicale"),
 "rivoal": dict(name="Ronan Rivoal", addr="ronan.rivoal@laposte.net", sig="Dr R. Rivoal\nSOS Médecins Rennes"),
 "smith": dict(name="Dr Catherine Smith", addr="catherine.smith.gp@gmail.com", lang="en",
               sig="Dr Catherine Smith\nGeneral practitioner / médecin généraliste\nDinard"),
 "guerin": dict(name="Dr Hugo Guérin", addr="hugo.guerin@icloud.com", sig=""),
 "jaouen": dict(name="Françoise Jaouen", addr="francoise.jaouen@orange.fr", sig="F. Jaouen, médecin retraitée (cumul emploi-retraite)"),
 "colin": dict(name="Dr Thomas Colin", addr="thomas.colin@gmail.com", sig="Thomas Colin\nInterne DES MG - 7e semestre"),
 "mahe": dict(name="Dr Aurélie Mahé", addr="aurelie.mahe@cabinet-mahe-redon.fr",
              sig="Dr Aurélie Mahé\nMédecin généraliste - 3 quai Surcouf, 35600 Redon\n02 99 71 08 64"),
 "council": dict(name="", addr="", sig=""),
}

REPORTS = []


def R(o, by, style, client=None, c="", camp="", **kw):
    d = dict(o=o, by=by, style=style, comment=c, **kw)
    if client:
        d["client"] = client
    if camp:
        d["campaign"] = camp
    REPORTS.append(d)


# ---------------------------------------------------------------- campaigns
R("f_drcp_bzh", "morvan", "inline", "orange", "Bonjour, j'ai reçu ce message ce matin, est-ce une arnaque ? Je n'ai jamais entendu parler de cette direction régionale. Merci", camp="drcp-bretagne", greet="Docteur Morvan", trk="HM3521")
R("f_drcp_bzh", "gauthier", "inline", "outlook", "Pour info.", camp="drcp-bretagne", greet="Docteur Gauthier", trk="MG8870", safelinks=True)
R("f_drcp_bzh", "lebihan", "inline", "gmail", "Encore un. Ils ont même mis un numéro en 02, ça fait local...", camp="drcp-bretagne", greet="Docteur Le Bihan", trk="YL0193")
R("f_drcp_bzh", "barbier", "attachment", "yahoo", "Bonjour,\nJe vous transmets ce courriel en pièce jointe. Ma consœur m'a dit que vous collectiez ces messages.\nBien cordialement", camp="drcp-bretagne", greet="Docteur Barbier", trk="CB7712")
R("f_drcp_bzh", "daniel", "pasted", "orange", "je vous copie le texte du mail que j'ai reçu, je n'arrive pas à le transférer", camp="drcp-bretagne", greet="Docteur Daniel", trk="BD2290", paste="headers", paste_links="text", subject="mail bizarre certification")
R("f_drcp_bzh", "martin", "inline", "owa", "", camp="drcp-bretagne", greet="Docteur Martin", trk="FM4410", nested=dict(by="martin_sec", client="orange", comment="Docteur, ce mail est arrivé sur la boîte du secrétariat. Je n'ai pas cliqué. Sandrine"))

R("f_ans_activation", "nguyen", "inline", "owa", "Bonjour,\nL'ANS écrit-elle vraiment aux médecins pour activer un compte ? Le mail est très propre mais je préfère vérifier avant de cliquer.\nCordialement", camp="ans-activation", greet="le Docteur Nguyen", trk="a91f02", safelinks=True)
R("f_ans_activation", "kerleau", "inline", "free", "Bonjour\nest ce que je dois le faire ? la date limite est dans 4 semaines\nmerci d'avance", camp="ans-activation", greet="le Docteur Kerleau", trk="77c1e4")
R("f_ans_activation", "hamon", "inline", "ios", "À vérifier svp", camp="ans-activation", greet="le Docteur Hamon", trk="0b52aa")
R("f_ans_activation", "simon", "attachment", "thunderbird", "Bonjour,\n\nCi-joint un courriel reçu ce jour se réclamant de l'ANS. Le domaine d'envoi (ans-certification-sante.fr) ne me paraît pas officiel. Je vous le transmets au cas où d'autres confrères l'auraient reçu.\n\nBien confraternellement", camp="ans-activation", greet="le Docteur Simon", trk="e40d19")
R("f_ans_activation", "legall", "pasted", "gmail", "", camp="ans-activation", greet="le Docteur Le Gall", trk="5aa310", paste="frag", frag=[1, 2, 4], subject="ANS ??")

R("f_mondpc_reset", "cochet", "inline", "owa", "Bonjour, je n'ai rien demandé du tout. Est-ce que quelqu'un essaie d'entrer dans mon compte Mon DPC ? Que dois-je faire ?", camp="mondpc-reset-faux", trk="Tk9Q1x", lang_client="fr")
R("f_mondpc_reset", "rivoal", "inline", "laposte", "Reçu à 6h du matin, pas à l'initiative. Signalé.", camp="mondpc-reset-faux", trk="Pp2W8a")
R("f_mondpc_reset", "tessier", "inline", "outlook", "Madame, Monsieur,\n\nJe reçois ce message alors que je n'ai fait aucune demande. Je l'ai ouvert mais n'ai pas cliqué sur le lien. Je vous le transmets conformément à la circulaire du Conseil.\n\nConfraternellement", camp="mondpc-reset-faux", trk="Zz41mK", name_only=True)
R("f_mondpc_reset", "jaouen", "attachment", "orange", "bonjour voici le message", camp="mondpc-reset-faux", trk="Qe7uV3", octet=True)

R("f_sms_droits_dpc", "lemoine", "typed", "laposte", camp="sms-droits-dpc", trk="k2P9", subject="SMS DPC",
  typed="Bonjour,\nJ'ai reçu ce SMS hier sur mon portable perso (expéditeur \"DPC-INFO\") :\n\n\"Dr, vos droits DPC 2025 (jusqu'a 1 470 EUR) n'ont pas ete utilises et seront perdus le 31/03. Activation gratuite en 2 min : https://droits-dpc.fr/a/k2P9 STOP 36111\"\n\nJe n'ai pas cliqué. Comment ont-ils eu mon numéro ?")
R("f_sms_droits_dpc", "perrot", "typed", "free", camp="sms-droits-dpc", trk="r7Xm", subject="sms",
  typed="sms reçu de DPC-INFO avec un lien droits-dpc.fr qui me dit que je vais perdre mes droits DPC. arnaque je suppose")
R("f_sms_droits_dpc", "ferrer", "pasted", "gmail", camp="sms-droits-dpc", trk="Lq03", subject="Fwd: SMS", paste="full", with_sig=False,
  c="Copie d'un SMS reçu ce midi (DPC-INFO) :")
R("f_sms_droits_dpc", "colin", "typed", "gmail", camp="sms-droits-dpc", trk="b8Ze", subject="SMS frauduleux ? droits DPC",
  typed="Bonjour,\n\nInterne en dernier semestre, je ne suis pas encore installé et je n'ai donc pas de forfait DPC à ma connaissance. Pourtant j'ai reçu aujourd'hui un SMS signé DPC-INFO qui m'annonce que mes droits DPC 2025 vont être perdus le 31/03 et qui propose une \"activation gratuite\" via le lien droits-dpc.fr/a/b8Ze. Plusieurs co-internes l'ont reçu aussi. Je me permets de vous le signaler, et si c'est une arnaque connue ce serait bien de prévenir les internes via la faculté.\n\nBien cordialement")

R("f_quota_en", "delaunay", "inline", "orange", "C'est normal ce message en anglais ? Ma boîte orange n'est pas pleine.", camp="quota-webmail", trk="q1")
R("f_quota_en", "smith", "inline", "gmail", "Hello, forwarding this one - obviously phishing but it was sent to several of us in the CPTS.", camp="quota-webmail", trk="q2")
R("f_quota_en", "council", "direct", camp="quota-webmail", trk="q3")

R("f_amelipro_forfait", "mahe", "inline", "outlook", "Bonjour,\nOn attend effectivement le forfait structure... Est-ce que ce mail vient bien de la CPAM ? Je n'ai rien trouvé dans mon espace amelipro.\nMerci de votre retour", camp="amelipro-forfait", greet="le Docteur Mahé", trk="AM-5521")
R("f_amelipro_forfait", "pichon", "inline", "sfr", "", camp="amelipro-forfait", greet="le Docteur Pichon", trk="AM-0184")
R("f_amelipro_forfait", "guerin", "inline", "applemail", "Ça sent l'arnaque mais ils connaissent le forfait structure, c'est inquiétant.", camp="amelipro-forfait", greet="le Docteur Guérin", trk="AM-7730")
R("f_amelipro_forfait", "cabinetvitre", "attachment", "outlook", "Bonjour,\nPlusieurs médecins du cabinet ont reçu ce message. Nous vous le transmettons en pièce jointe.\nCordialement", camp="amelipro-forfait", greet="le Docteur Gauthier", trk="AM-3312")

R("f_cotisation_cnom", "rolland", "inline", "orange", "j'ai payé ma cotisation en janvier par prélèvement !!! c'est quoi ce truc ?", camp="cotisation-radiation")
R("f_cotisation_cnom", "council", "direct", camp="cotisation-radiation", trk="CN-8810")
R("f_cotisation_cnom", "chevalier", "typed", "sfr", camp="cotisation-radiation", subject="faux mail de l'Ordre ?",
  typed="Bonjour,\nje viens de recevoir un mail \"DERNIER RAPPEL - Cotisation ordinale 2025 impayée / procédure de radiation\" de recouvrement@cnom-cotisations.fr qui me demande de payer 345 € + 45 € de frais par carte bancaire sous 72h sinon radiation. J'ai supprimé le mail par réflexe, désolée, je n'ai plus que le souvenir. Ma cotisation est à jour. Pouvez-vous me confirmer que ce n'est pas vous ?\nCordialement")

R("f_sharepoint_fr", "simon", "inline", "thunderbird", "Bonjour,\nLe Dr Lemaire est bien membre de notre CPTS mais elle me confirme ne rien avoir partagé. Je vous transmets pour information.", camp="sharepoint-cpts", trk="s1")
R("f_sharepoint_fr", "cochet", "inline", "owa", "J'ai cliqué et on m'a demandé mon mot de passe hotmail, je l'ai tapé... Je l'ai changé depuis. Que faire d'autre ?", camp="sharepoint-cpts", trk="s2")

R("f_docusign_en", "hamon", "inline", "ios", "Je n'ai aucun contrat en cours avec un cabinet Legrand", camp="docusign-remplacement", trk="d1")
R("f_docusign_en", "ferrer", "attachment", "gmail", "Bonjour, je suis remplaçante et j'attends justement des contrats... celui-ci me paraît louche (anglais, DocuSign, cabinet que je ne connais pas). Pouvez-vous vérifier ? Merci", camp="docusign-remplacement", trk="d2")

R("f_doctolib_suspendu", "lebihan", "inline", "gmail", "Bonjour, mon abonnement Doctolib passe par la MSP, je ne comprends pas ce message. Arnaque ?", camp="doctolib-echec-prelevement", greet="Docteur Le Bihan", trk="dl-31")
R("f_doctolib_suspendu", "mahe", "inline", "outlook", "Transféré pour signalement.", camp="doctolib-echec-prelevement", greet="Docteur Mahé", trk="dl-77", safelinks=True)

R("f_sms_colis", "daniel", "typed", "orange", camp="sms-colis-frais", subject="arnaque colissimo",
  typed="Bonsoir\nsms du 07 56 81 22 03 : colissimo colis pas livré, frais 1,99 à régler sur colis-suivi-fr.com\nje n'attends aucun colis. Je ne sais pas si c'est à vous qu'il faut envoyer ça mais bon")
R("f_sms_colis", "bouvier", "pasted", "owa", camp="sms-colis-frais", subject="SMS reçu", paste="full",
  c="Bonjour,\nUn SMS reçu par plusieurs secrétaires du pôle, venant du +33 7 56 81 22 03 :")

# legit / spam campaigns
R("l_ans_certif_info", "tessier", "inline", "outlook", "Bonjour,\nVu tout ce qui circule en ce moment, je préfère vous demander : ce mail de l'ANS est-il authentique ?\nMerci", camp="ans-certif-info", greet="Docteur Tessier")
R("l_ans_certif_info", "morvan", "inline", "orange", "encore un faux ANS ?", camp="ans-certif-info", greet="Docteur Morvan")
R("l_ans_certif_info", "nguyen", "inline", "owa", "Bonjour, reçu ce matin, le domaine esante.gouv.fr semble correct mais je préfère une confirmation. Merci.", camp="ans-certif-info", greet="Docteur Nguyen", safelinks=True)
R("l_ans_certif_info", "perrot", "attachment", "free", "", camp="ans-certif-info", greet="Docteur Perrot")
R("l_ans_certif_info", "smith", "inline", "gmail", "Hello, is this one genuine? After the fake ANS mail last spring I'm suspicious of anything about certification. Thanks, Catherine", camp="ans-certif-info", greet="Docteur Smith")

R("l_cnom_alerte_dpc", "jaouen", "inline", "orange", "Bonjour, j'ai reçu ce message de votre part, est-il vrai ? on ne sait plus quoi croire", camp="alerte-cdom-dpc")
R("l_cnom_alerte_dpc", "rolland", "inline", "orange", "??", camp="alerte-cdom-dpc")

R("l_mondpc_reset", "barbier", "inline", "yahoo", "Bonjour,\nJ'ai bien demandé à changer mon mot de passe Mon DPC hier soir, mais après avoir lu votre alerte je préfère vérifier que ce mail est le bon avant de cliquer.\nMerci", camp="mondpc-reset-vrai")
R("l_mondpc_reset", "pichon", "inline", "sfr", "c'est moi qui ai fait la demande, mais le lien est long et bizarre, c'est bien mondpc ?", camp="mondpc-reset-vrai")

R("l_cdom_cotisation", "daniel", "inline", "orange", "Bonjour\nest-ce bien vous ? après le faux mail de mai sur la radiation je me méfie. je paye par chèque d'habitude", camp="cdom-cotisation-rappel")
R("l_cdom_cotisation", "colin", "typed", "gmail", camp="cdom-cotisation-rappel", subject="Rappel cotisation",
  typed="Bonjour,\nJe reçois un \"dernier rappel\" de cotisation ordinale de l'adresse cotisations@cdom35.ordre.medecin.fr, avec un lien vers www.ordre.medecin.fr. Je me suis inscrit au tableau en septembre et je pensais être exonéré la première année. Le message est-il bien de vous et dois-je payer ?\nMerci,\nThomas Colin")

R("s_mediform_dpc", "gauthier", "inline", "outlook", "Je ne me souviens pas avoir fait une formation chez eux. Est-ce un organisme sérieux ?", camp="mediform-newsletter", greet="Docteur Gauthier", trk="mf-1102")
R("s_mediform_dpc", "kerleau", "inline", "free", "", camp="mediform-newsletter", greet="Docteur Kerleau", trk="mf-2288")
R("s_mediform_dpc", "lemoine", "inline", "laposte", "Bonjour, je reçois cette newsletter chaque mois sans l'avoir demandée. Ils parlent de l'ANDPC et de la certification, est-ce légal ?", camp="mediform-newsletter", greet="Docteur Lemoine", trk="mf-0931")
R("s_mediform_dpc", "martin", "attachment", "thunderbird", "Pour votre information.", camp="mediform-newsletter", greet="Docteur Martin", trk="mf-5520")

R("s_ecfm_abstracts_en", "smith", "inline", "gmail", "Not a scam I think, just annoying - third reminder this month.", camp="ecfm-abstracts", trk="e1")
R("s_ecfm_abstracts_en", "nguyen", "inline", "owa", "Bonjour, congrès réel ou arnaque ?", camp="ecfm-abstracts", trk="e2", lang_client="fr")
R("s_ecfm_abstracts_en", "hamon", "inline", "ios", "", camp="ecfm-abstracts", trk="e3")

R("s_elearning_antibio", "rault", "inline", "owa", "Bonjour,\nCet organisme peut-il me contacter ainsi ? Ils citent l'ANDPC et le forfait.", camp="formavia-antibio", trk="fv1")
R("s_elearning_antibio", "guerin", "inline", "applemail", "Spam DPC, à ajouter à votre liste si besoin.", camp="formavia-antibio", trk="fv2")

# ---------------------------------------------------------------- pairs
R(["f_andpc_forfait", "l_andpc_lettre"], "tessier", "attachment", "outlook",
  "Madame, Monsieur,\n\nJe vous transmets deux messages reçus à quelques semaines d'intervalle, se présentant tous deux comme venant de l'ANDPC. Le second me paraît douteux (adresse andpc-gouv.fr, demande de numéro RPPS par retour de mail). Le premier est-il le vrai ?\n\nConfraternellement", trk="FF-2025-331")
R(["f_urssaf_trop_percu", "s_lmnp"], "rolland", "attachment", "orange", "2 mails reçus le même jour, je ne sais pas lequel est pire. cordialement")
R(["s_medactu_newsletter", "l_has_newsletter"], "lemoine", "attachment", "laposte",
  "Bonjour,\nJe reçois ces deux lettres d'information. Je ne me souviens de m'être abonné à aucune. Faut-il se désabonner ou est-ce risqué de cliquer ?\nMerci", octet=True, plainname=True)

# ---------------------------------------------------------------- fraud singles
R("f_call_radiation", "morvan", "typed", "orange", subject="appel menaçant - certification",
  typed="Bonjour,\n\nJe tenais à vous signaler un appel reçu ce vendredi vers 12h30 au cabinet. Une femme au ton très assuré s'est présentée comme appelant de la \"direction régionale de certification\" et a exigé de me parler personnellement, ma secrétaire ne pouvant pas \"traiter le dossier\". Elle m'a expliqué que ma certification périodique n'était pas validée, que j'étais \"en défaut\" et que, sans régularisation sous 15 jours, une procédure de radiation serait engagée. Elle m'a demandé mon numéro RPPS puis mes identifiants de connexion \"pour vérifier le dossier\". J'ai refusé et raccroché. Elle a laissé un numéro pour la rappeler : 01 87 65 43 90.\n\nJ'avoue avoir été déstabilisée sur le moment. Je vous remercie de diffuser l'information aux confrères.\n\nBien confraternellement")
R("f_call_identifiants", "lemoine", "typed", "laposte", subject="démarchage téléphonique DPC",
  typed="appel ce midi du 09 72 14 55 80, un homme qui voulait \"m'aider à utiliser mes droits DPC avant qu'ils soient perdus\". il proposait de créer mon compte Mon DPC lui-même et m'a demandé mon identifiant et mon mot de passe. j'ai dit non. il a rappelé 2 fois dans l'après-midi.")
R("f_sms_code_ans", "kerleau", "typed", "free", subject="SMS code ANS ?",
  typed="Bonsoir,\nJe viens de recevoir un SMS de \"ANS-SANTE\" me donnant un code de vérification pour la certification périodique (482913) alors que je n'ai rien demandé. Il me dit d'appeler le 01 76 44 02 19 si je ne suis pas à l'origine de la demande. Je n'ai pas appelé. Est-ce qu'il faut s'inquiéter, quelqu'un a-t-il mes identifiants ?\nMerci\nAnne Kerleau")
R("f_sms_mondpc_48h", "rivoal", "pasted", "laposte", subject="TR sms MonDPC", paste="full",
  c="Reçu sur mon portable :")
R("f_odpc_compromised", "simon", "inline", "thunderbird", "Bonjour,\n\nArmor Santé Formation est un organisme que je connais et avec lequel j'ai suivi une formation l'an dernier. Mais le lien mène vers un site \"dochub-secure-view.com\" qui demande mon mot de passe de messagerie. Leur boîte a sans doute été piratée. Je les ai prévenus par téléphone.\n\nCordialement")
R("f_odpc_mandate", "cochet", "pasted", "owa", subject="Cellule accompagnement certification ???", paste="headers",
  c="Bonjour, voici le mail reçu (copié car mon logiciel ne veut pas le transférer). Ils disent être mandatés par l'ANS, c'est vrai ?")
R("f_psc_ecps", "nguyen", "inline", "owa", "Pour signalement. Mon e-CPS n'expire pas en février.", safelinks=True, trk="ps1")
R("f_ars_rpps", "delaunay", "pasted", "orange", subject="ARS ?", paste="frag", frag=[1, 2, 3, 4],
  c="Bonjour, l'ARS peut-elle demander le code PIN de la CPS ?? extrait du mail reçu :")
R("f_cnom_en", "smith", "inline", "gmail", "Funny that the 'French Medical Council' writes to me in English. Forwarding for your records.", trk="cnen1")
R("f_mssante_desactivation", "bouvier", "inline", "owa", "Bonjour,\nReçu sur la boîte générique du pôle. Merci de nous dire si c'est une vraie campagne MSSanté, la DSN ne nous a rien annoncé.\nCordialement", to_doc="pole.cardiopneumo@chu-rennes.fr")
R("f_voicemail_en", "gauthier", "inline", "outlook", "", safelinks=True, trk="vm1")
R("f_banque_carte", "jaouen", "attachment", "orange", "je ne suis même pas au crédit agricole")
R("f_dhl_en", "council", "direct")
R("f_ms365_en", "bouvier", "inline", "owa", "Bonjour, ce mail est arrivé sur ma boîte CHU, je suppose que c'est du phishing ? Je vous le transmets aussi.", lang_client="fr")
R("f_rib_fournisseur", "cabinetvitre", "inline", "outlook", "Bonjour,\nNotre logiciel est effectivement MediLog mais leur comptable s'appelle habituellement M. Riou, et l'IBAN est lituanien. Nous n'avons rien payé. Nous vous le signalons car d'autres cabinets utilisent ce logiciel.\nCordialement")
R("f_heritage_en", "perrot", "pasted", "free", subject="lol", paste="frag", frag=[0, 1, 2, 3], c="")
R("f_don_cancer", "jaouen", "pasted", "orange", subject="don", paste="full", c="bonjour\nj'ai reçu ça, je trouve ça triste qu'on se moque des gens comme ça", with_sig=False)
R("f_sextorsion", "council", "direct", to="signalement@cdom35.ordre.medecin.fr")
R("f_linkedin_en", "council", "direct", trk="li9")
R("f_annuaire_eu", "mahe", "typed", "outlook", subject="annuaire payant",
  typed="Bonjour,\nUn confrère de Redon a signé le formulaire du \"Registre Médical Européen\" (validation@registre-medical-europeen.eu) en pensant mettre à jour sa fiche gratuitement. Il reçoit maintenant une facture de 1 195 € HT par an sur 3 ans et des relances d'un cabinet de recouvrement espagnol. Le mail initial renvoyait vers registre-medical-europeen.eu. Que peut-il faire ? Peut-on prévenir les médecins du département ?\nMerci")
R("f_facture_compromis", "martin", "inline", "orange", "Notre plombier nous envoie une facture en .zip, je trouve ça étrange, on l'a déjà payé.", nested=dict(by="martin_sec", client="orange", comment="Docteur, c'est le plombier du cabinet mais je n'ose pas ouvrir."))
R("f_apple_en", "hamon", "inline", "ios", "")
R("f_impots_rembt", "rivoal", "attachment", "laposte", "Bonjour,\nMail reçu ce jour, je le joins. Je n'ai fait aucune demande de remboursement.\nCordialement", octet=True, trk="IR-4471")
R("f_wetransfer", "kerleau", "attachment", "thunderbird", "Je ne travaille pas avec ce laboratoire. Des résultats de patients par WeTransfer ??")
R("f_sms_vitale", "rault", "typed", "owa", subject="SMS carte vitale",
  typed="Reçu un SMS AMELI-INFO disant que ma carte Vitale expire, avec le lien ameli-vitale-renouvellement.com. Une patiente m'a montré le même hier en consultation. Signalé au 33700 aussi.")
R("f_call_banque", "barbier", "typed", "yahoo", subject="tentative d'escroquerie téléphonique",
  typed="Bonjour,\n\nJe sais que ce n'est pas directement lié à l'Ordre mais je préfère le signaler car l'escroc semblait très bien renseigné sur mon activité. Mardi midi, un homme se présentant comme du \"service fraude\" de ma banque m'a appelée depuis le 01 70 38 92 15 (numéro qui ressemble à celui de l'agence). Il connaissait mon nom, mon adresse professionnelle et mon IBAN. Il m'a dit que des virements suspects vers un fournisseur de matériel médical étaient en cours et m'a demandé de les \"annuler\" en validant dans l'application, puis de lui lire le code reçu par SMS. J'ai raccroché et appelé mon agence : c'était évidemment une arnaque.\n\nBien cordialement")
R("f_sms_antai", "ferrer", "pasted", "gmail", subject="SMS amende", paste="full", paste_links="url",
  c="Bonjour, j'ai reçu ce SMS du 06 44 10 58 27, je pense que c'est faux :")
R("f_congress_housing_en", "delaunay", "inline", "orange", "Bonjour,\nJe suis inscrit à l'ESC à Madrid. Cette agence me contacte pour l'hôtel avec acompte par virement. L'ESC a-t-elle vraiment un prestataire ? Le mail de confirmation d'inscription dit le contraire je crois.")
R("f_paypal_en", "legall", "inline", "gmail", "jamais acheté de macbook, j'ai failli appeler le numéro")
R("f_bec_giftcards_en", "cabinetvitre", "pasted", "outlook", subject="Faux Dr Mercier", paste="headers", hdr_style="en",
  c="Bonjour,\nUne secrétaire a reçu ce message soi-disant du Dr Mercier (cardiologue avec qui nous travaillons). Le Dr Mercier confirme que ce n'est pas lui. Texte copié ci-dessous.")

# ---------------------------------------------------------------- spam singles
R("s_nordic_locum_en", "legall", "pasted", "gmail", subject="recrutement norvège", paste="frag", frag=[1, 2, 3, 4], paste_links="url",
  c="Arnaque ou vrai recrutement ? ça fait beaucoup d'argent")
R("s_recrut_centre_sante", "rivoal", "pasted", "laposte", subject="démarchage recruteur", paste="headers",
  c="Bonjour, ce cabinet de recrutement m'écrit toutes les semaines. Comment ont-ils eu mon adresse ?")
R("s_segur_logiciel", "tessier", "inline", "outlook", "Bonjour,\nEst-il normal que des éditeurs de logiciels utilisent le mot Ségur pour démarcher ? Cela ressemble à une obligation officielle.\nCordialement", trk="px1")
R("s_scribe_ai_en", "lebihan", "inline", "gmail", "Spam mais est-ce même légal (HDS, consentement...) ?")
R("s_predatory_journal_en", "council", "direct")
R("s_jnmg_congres", "pichon", "inline", "sfr", "", html_only=True, trk="jm1")
R("s_tensiometre", "rolland", "attachment", "orange", "pub", trk="mq1")
R("s_rcp_courtier", "chevalier", "typed", "sfr", subject="courtier RCP",
  typed="Bonjour, un courtier (Assur'Praticiens, a.ferrand@assurpraticiens.fr) m'écrit pour comparer ma RCP et me demande mon dernier avis d'échéance. Il laisse son numéro 02 40 88 19 63. Est-ce fiable de lui envoyer ce document ?")
R("s_sms_blouses", "cochet", "typed", "owa", subject="pub SMS",
  typed="Je reçois régulièrement des SMS publicitaires de BLOUSESPRO (blousespro.fr) sur mon portable pro. Ce n'est pas une arnaque je pense mais comment ont-ils mon numéro ? Je n'ai jamais rien acheté chez eux.")
R("s_call_telesecretariat", "mahe", "typed", "outlook", subject="démarchage téléphonique",
  typed="Bonjour,\nSimple information : une société de télésecrétariat (Secrétel Ouest) appelle le cabinet chaque semaine depuis le 02 99 41 72 30. Ils sont corrects mais très insistants et demandent à parler au médecin en se présentant comme \"partenaire des médecins du secteur\". Rien de frauduleux a priori, mais mes secrétaires ont cru au début à un appel de l'Ordre. Bonne journée")
R("s_call_odpc", "daniel", "typed", "orange", subject="appel organisme formation",
  typed="appel de Form'Ouest Santé ce matin 02 23 45 18 77, ils proposent des formations DPC, ont dit clairement qu'ils étaient un organisme privé, m'ont dit de m'inscrire moi-même sur mondpc. Pas de demande d'identifiants. Je vous le signale quand même vu votre circulaire, ce n'est peut-être pas une arnaque.")
R("s_webinar_device_en", "delaunay", "inline", "orange", "Pour info, sponsorisé par un fabricant.", trk="cs1")
R("s_leasing_pro", "guerin", "inline", "applemail", "", html_only=True)
R("s_omics_en", "council", "direct")
R("s_agenda_concurrent", "lebihan", "inline", "gmail", "Démarchage d'un concurrent de Doctolib, ils ont dû acheter un fichier.", greet="Docteur Le Bihan")
R("s_panel_survey_en", "smith", "inline", "gmail", "Is it allowed for us to take part in such paid surveys? The sponsor is hidden.", trk="ps7")
R("s_teleconsult_recrut", "colin", "inline", "gmail", "Bonjour, ce genre de plateforme est-il autorisé par l'Ordre ? Je suis interne, je n'ai pas encore de thèse.")
R("s_defibrillateur", "cabinetvitre", "inline", "outlook", "Bonjour,\nLes cabinets médicaux sont-ils réellement obligés d'avoir un défibrillateur ? Cette société nous relance.\nMerci")
R("s_locum_uk_en", "rault", "inline", "owa", "Bonjour, recruteur anglais, je suppose que c'est du spam mais je le signale.")
R("s_papier_ordo", "council", "direct")

# ---------------------------------------------------------------- legit singles
R("l_ameli_releve", "martin", "inline", "orange", "Bonjour,\nest-ce que ce mail vient vraiment de l'assurance maladie ? merci", nested=dict(by="martin_sec", client="orange", comment="Docteur, mail de l'assurance maladie, je ne sais pas si c'est un vrai"))
R("l_cpam_delegue", "gauthier", "pasted", "outlook", subject="Déléguée CPAM", paste="headers",
  c="Bonjour,\nUne déléguée de la CPAM souhaite me rencontrer. Avec toutes ces arnaques, je préfère vérifier que cette personne existe avant de lui donner rendez-vous. Mail copié ci-dessous.")
R("l_call_cpam", "gauthier", "typed", "outlook", subject="suite - déléguée CPAM",
  typed="Bonjour,\nSuite à mon précédent message : la déléguée m'a rappelé ce matin du 02 99 29 47 61 pour fixer le rendez-vous. Elle ne m'a rien demandé d'autre que mes disponibilités. J'ai vérifié, c'est bien le numéro de la CPAM. Je vous laisse classer le signalement, merci.")
R("l_urssaf_echeancier", "lemoine", "typed", "laposte", subject="urssaf",
  typed="reçu un mail ne-pas-repondre@urssaf.fr qui me dit qu'un document est dans mon espace sur urssaf.fr. je suis allé sur le site directement sans cliquer et c'était bien mon échéancier. donc c'était vrai, mais je signale pour savoir si c'est bien leur adresse")
R("l_ars_rougeole", "tessier", "inline", "outlook", "Bonjour,\nJe reçois cette information de l'ARS. L'adresse de signalement (ars35-alerte@...) me semble correcte mais je préfère vérifier avant de diffuser à mes associés.\nConfraternellement")
R("l_dgs_urgent", "kerleau", "inline", "free", "vrai DGS urgent ? je n'en reçois jamais d'habitude")
R("l_chu_dsi_mdp", "nguyen", "inline", "owa", "Bonjour,\nOn nous demande de changer notre mot de passe avant le 14/02. Est-ce bien la DSN ? Le lien n'est pas l'intranet habituel.\nMerci", safelinks=True)
R("l_labo_resultats", "hamon", "inline", "ios", "Vrai ou faux ?")
R("l_collegue_rempla", "cochet", "pasted", "owa", subject="mail d'un confrère", paste="full",
  c="Bonjour, mon confrère me dit avoir eu un problème d'ordinateur. Son message est-il normal ou son adresse est-elle piratée ? Je colle le texte :")
R("l_patient_certificat", "morvan", "inline", "orange", "Bonjour,\nUne patiente me demande un certificat par mail. Ai-je le droit de répondre par mail ? Et ce mail n'est pas une arnaque ?\nMerci")
R("l_doctolib_facture", "simon", "inline", "thunderbird", "Bonjour,\nAprès le faux mail Doctolib d'octobre, je vérifie : celui-ci vient bien de doctolib.fr ?\nCordialement")
R("l_impots_avis", "rolland", "inline", "orange", "vrai ou faux impots ?")
R("l_google_alert_en", "legall", "inline", "gmail", "c'était moi je crois, nouveau macbook, mais vérifiez svp")
R("l_ms_code_en", "guerin", "inline", "applemail", "J'ai demandé un code pour me connecter à Teams, c'est bien Microsoft ?")
R("l_bmj_toc_en", "smith", "inline", "gmail", "Sorry, I think this one is genuine after all (I subscribed years ago). Sending it anyway since a colleague asked.")
R("l_nejm_en", "delaunay", "inline", "orange", "", html_only=True)
R("l_review_invite_en", "colin", "attachment", "gmail", "Bonjour,\nJe reçois une invitation à relire un article pour BMC Primary Care. Je n'ai publié qu'une fois (ma thèse). Est-ce un journal prédateur ou une arnaque ?\nMerci beaucoup")
R("l_esc_registration_en", "delaunay", "inline", "orange", "Voici le vrai mail de l'ESC pour comparer avec le mail d'hébergement que je vous ai transmis.")
R("l_zoom_invite_en", "smith", "inline", "gmail", "Is it safe to click Zoom links now? Emma is a real colleague from Cornwall.")
R("l_nhs_referral_en", "chevalier", "inline", "sfr", "Bonjour, un médecin anglais m'écrit au sujet d'une patiente. Puis-je lui répondre et comment transmettre un dossier de façon sécurisée ?")
R("l_mondpc_inscription", "rault", "attachment", "owa", "Bonjour, je me suis inscrite à une formation. J'ai reçu cette confirmation, c'est bien mondpc ?", octet=True)
R("l_carmf_appel", "jaouen", "inline", "orange", "c'est bien la carmf ?")
R("l_mailiz_mdp", "perrot", "inline", "free", "mot de passe qui expire, je me méfie")
R("l_cdom_soiree", "barbier", "inline", "yahoo", "Bonjour,\nJe voudrais m'inscrire à la soirée du 27 novembre. Je vous réponds sur cette adresse car je ne sais pas laquelle utiliser.\nCordialement")
R("l_pharmacie_question", "chevalier", "pasted", "sfr", subject="message pharmacie", paste="full", paste_links="text",
  c="Bonjour, je me demande si une pharmacie a le droit de m'envoyer des informations patients par mail non sécurisé ? Le message :")
R("l_uptodate_en", "tessier", "attachment", "outlook", "Bonjour,\nJe ne me rappelle plus si mon abonnement UpToDate est à renouvellement automatique. Ce message est-il authentique ?\nMerci")
R("l_doctolib_reset", "mahe", "inline", "outlook", "Bonjour, c'est moi qui ai demandé la réinitialisation, mais je veux être sûre que ce n'est pas le faux Doctolib dont vous avez parlé.")
R("l_sms_amelipro_code", "ferrer", "typed", "gmail", subject="code ameli par SMS",
  typed="Bonjour,\nEn me connectant à amelipro ce matin j'ai reçu un SMS \"AMELI\" avec un code de connexion valable 10 minutes, qui précise de ne le communiquer à personne. Je voulais juste m'assurer que c'est normal (je remplace, c'est nouveau pour moi).\nMerci")
R("l_clinique_gardes", "delaunay", "inline", "orange", "Bonjour,\nLa clinique nous envoie un lien intranet pour le planning. Je préfère vérifier, on a eu un faux SharePoint récemment.")
R("l_wiley_proofs_en", "colin", "inline", "gmail", "Bonjour, j'attends effectivement les épreuves de mon article mais je voulais être sûr que ce n'est pas du phishing.")
R("l_council_patient_plainte", "perrot", "inline", "free", "bonjour, est-ce bien votre service ? je n'ai rien reçu par la poste")
R("l_cnom_alerte_dpc", "lebihan", "inline", "gmail", "", camp="alerte-cdom-dpc")

random.Random(35).shuffle(REPORTS)
