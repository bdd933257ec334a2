"""Layout of each report: which original(s), which reporter, which forward style/client, the reporter's words."""

P = {  # reporters: name, address, signature
    "morel": ("Claire Morel", "claire.morel.med@gmail.com", "Dr Claire Morel\nMédecine générale - 3 place Bellecour, 69002 Lyon\n04 78 37 21 90"),
    "dubois": ("Dr Philippe Dubois", "philippe.dubois38@orange.fr", "Philippe Dubois\nCabinet médical des Alpes\n04 76 44 18 02"),
    "nguyen": ("Thi Lan Nguyen", "tl.nguyen@free.fr", ""),
    "girard": ("GIRARD Bernard", "bernard.girard@wanadoo.fr", "Dr B. Girard"),
    "lemaire": ("Dr Sandrine Lemaire", "s.lemaire@chu-lyon.fr", "Dr Sandrine Lemaire\nPraticien hospitalier - Service de cardiologie\nHôpital de la Croix-Rousse\nTél. 04 26 10 90 00"),
    "petit": ("Antoine Petit", "antoine.petit.md@icloud.com", ""),
    "rousseau": ("Dr Élodie Rousseau", "elodie.rousseau@cabinet-saint-jean.fr", "Dr Élodie Rousseau\nMaison de santé Saint-Jean\n12 rue de la République, 42000 Saint-Étienne\nwww.msp-saint-jean.fr"),
    "fabre": ("Jean-Marc Fabre", "jm.fabre@laposte.net", "JM Fabre"),
    "benali": ("Yasmine Benali", "yasmine.benali@yahoo.fr", "Dr Y. Benali\nPédiatre"),
    "chevalier": ("Dr Luc Chevalier", "luc.chevalier@sfr.fr", ""),
    "martin": ("Isabelle Martin", "isabelle.martin.dermato@outlook.fr", "Isabelle Martin\nDermatologue\nRDV : https://www.doctolib.fr/dermatologue/annecy/isabelle-martin"),
    "henry": ("Dr Paul Henry", "paul.henry@cabinet-henry.fr", "--\nDr Paul Henry, médecin généraliste\n06 81 22 73 10"),
    "roux": ("Marie Roux", "marie.roux.mg@gmail.com", "Envoyé depuis mon téléphone"),
    "faure": ("Faure Thomas", "t.faure@hotmail.fr", ""),
    "blanc": ("Dr Nicolas Blanc", "nicolas.blanc@medecin-chambery.fr", "Dr N. Blanc\nChirurgien orthopédiste\nClinique Herbert - Aix-les-Bains"),
    "gauthier": ("Anne Gauthier", "anne.gauthier42@orange.fr", "Anne Gauthier\n04 77 33 21 54"),
    "perrin": ("Dr Hugo Perrin", "hugo.perrin.medecin@gmail.com", "Hugo Perrin\nMédecin généraliste remplaçant"),
    "sec_tilleuls": ("Secrétariat Cabinet des Tilleuls", "accueil.cabinetdestilleuls@orange.fr", "Secrétariat médical\nCabinet des Tilleuls\n04 74 21 60 12"),
    "sec_bellecour": ("Accueil Cabinet Bellecour", "accueil.bellecour@gmail.com", "Laetitia - accueil\nCabinet médical Bellecour"),
    "mercier": ("Dr Olivia Mercier", "olivia.mercier@ch-annecy-genevois.fr", "Dr Olivia Mercier\nUrgences - CH Annecy Genevois"),
    "lambert": ("François Lambert", "francois.lambert7@free.fr", "Dr François Lambert, 01250"),
    "bonnet": ("Dr Camille Bonnet", "camille.bonnet@icloud.com", "Envoyé de mon iPhone"),
    "durand": ("Durand Pierre", "pierre.durand.ophtalmo@orange.fr", "Dr P. Durand - Ophtalmologie\n5 cours Fauriel, Saint-Étienne"),
    "leroy": ("Émilie Leroy", "emilie.leroy.md@gmail.com", ""),
    "garnier": ("Dr Marc Garnier", "dr.m.garnier@gmail.com", "Marc Garnier"),
    "robin": ("Sophie Robin", "sophie.robin@laposte.net", ""),
    "muller": ("Dr Julien Muller", "julien.muller@sfr.fr", "Dr J. Muller - Psychiatre"),
    "andre": ("Catherine André", "catherine.andre.mg@yahoo.fr", "Catherine André"),
    "colin": ("Dr Vincent Colin", "vincent.colin@cabinet-colin-radiologie.fr", "Vincent Colin\nRadiologue\nCabinet de radiologie du Parc"),
    "schmitt": ("Dr Hélène Schmitt", "helene.schmitt@wanadoo.fr", "H. Schmitt"),
    "dupont_sec": ("Secrétariat Dr Dupont", "secretariat.drdupont@free.fr", "Secrétariat du Dr Dupont"),
    "dupont": ("Dr Alain Dupont", "alain.dupont.mg@free.fr", ""),
    "aubert": ("Aubert Léa", "lea.aubert@outlook.fr", "Léa Aubert\nMédecin du travail"),
    "marchal": ("Dr Romain Marchal", "romain.marchal@gmail.com", "Romain Marchal\nMG - Villeurbanne\n06 58 21 47 93"),
}

R = []


def r(o, style, who, comment="", client=None, dep="69", **kw):
    name, addr, sig = P[who]
    d = dict(o=o, style=style, rep=(name, addr), sig=kw.pop("sig", sig), comment=comment, client=client, dep=dep)
    d.update(kw)
    R.append(d)


# ------------------------------------------------------------------ fraud campaigns
r("f01", "inline", "morel", "Bonjour,\nJe n'ai jamais reçu ce type de mail de l'Ordre. Est-ce bien vous ?\nMerci", "gmail_fr", campaign="tableau-ordre-medecins-org")
r("f01", "attachment", "dubois", "Pour info, reçu ce matin. Le domaine me paraît bizarre (ordre-medecins.org au lieu de ordre.medecin.fr).", dep="38", campaign="tableau-ordre-medecins-org", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")
r("f01", "inline", "rousseau", "", "owa", dep="42", campaign="tableau-ordre-medecins-org", name_only=True, html_only=True)
r("f02", "inline", "nguyen", "bonjour, vrai ou faux ? je n'ai pas cliqué", "free", campaign="enveloppe-dpc-agence-dpc-com")
r("f02", "inline", "lemaire", "Bonjour,\n\nJe vous transfère ce courriel reçu sur ma boîte professionnelle. Il ressemble beaucoup aux messages de l'ANDPC mais l'adresse d'expédition n'est pas celle que je connais (agencedpc.fr). Pouvez-vous me confirmer qu'il s'agit d'une tentative d'hameçonnage ? Je préfère prévenir le service informatique de l'hôpital si c'est le cas.\n\nBien cordialement", "outlook_fr", campaign="enveloppe-dpc-agence-dpc-com", safelinks=True, xmailer="Microsoft Outlook 16.0")
r("f02", "attachment", "lambert", "Encore un !", dep="01", campaign="enveloppe-dpc-agence-dpc-com", eml_octet=True)
r("f08", "inline", "girard", "Vu", "orange", campaign="quota-mssante-messagerie")
r("f08", "inline", "petit", "Ça me paraît louche, MSSanté ne m'a jamais écrit comme ça.", "apple_fr", campaign="quota-mssante-messagerie")
r("f08", "inline", "aubert", "Bonjour, j'ai cliqué sur le lien et mis mon mot de passe avant de me rendre compte que l'adresse n'était pas la bonne. Que dois-je faire ? J'ai changé mon mot de passe Mailiz depuis.", "owa", campaign="quota-mssante-messagerie")
r("f16", "inline", "marchal", "Bonjour, plusieurs membres de notre SCM ont reçu ceci depuis l'adresse de notre secrétaire. Elle n'a rien envoyé, sa boîte a dû être piratée. Je vous le signale.", "gmail_fr", campaign="planning-gardes-scm-tilleuls")
r("f16", "inline", "schmitt", "", "tb_fr", campaign="planning-gardes-scm-tilleuls")
r("f16", "inline", "sec_tilleuls", "Bonjour,\nNotre secrétariat nous a transmis ceci, le Dr Girard nous demande de vous le faire suivre.\nCordialement", "orange", campaign="planning-gardes-scm-tilleuls",
  nested=dict(rep=("Dr Bernard Girard", "bernard.girard@wanadoo.fr"), client="outlook_fr", comment="Martine, pouvez-vous transférer au conseil de l'Ordre svp ? Je n'ai pas ouvert.", sig="B. Girard"))
r("s01", "typed", "roux", subject="SMS MonDPC", text="Bonjour\nJ'ai reçu ce SMS ce matin, expéditeur « MonDPC » :\n\n« MonDPC: Votre solde de formation 2026 (1 470 EUR) expire le 31/12. Activez-le avant cette date : https://mondpc-solde.fr/activer »\n\nC'est une arnaque je suppose ?", campaign="sms-mondpc-solde", dep="69")
r("s01", "typed", "chevalier", subject="sms frauduleux", text="Signalement : SMS reçu le 3/11 signé MonDPC qui renvoie vers mondpc-solde.fr pour « activer » un solde de 1470 euros. Je n'ai pas cliqué.", campaign="sms-mondpc-solde", dep="73")
r("s01", "typed", "benali", subject="Arnaque DPC par SMS", text="Bonjour,\n\nJe me permets de vous écrire car j'ai reçu un SMS soi-disant de Mon DPC qui me dit que mon solde de formation va expirer le 31 décembre et qu'il faut l'activer en cliquant sur un lien. Je ne l'ai pas copié et je l'ai effacé par réflexe, désolée. Ma secrétaire en a reçu un semblable sur son portable personnel, ce qui me fait penser que ce n'est pas sérieux.\n\nEst-ce que vous avez d'autres signalements ? Faut-il prévenir l'ANDPC ?\n\nMerci pour votre travail", campaign="sms-mondpc-solde", dep="42")
r("s01", "typed", "perrin", subject="Tr: SMS", text="MonDPC: Votre solde de formation 2026 (1 470 EUR) expire le 31/12. Activez-le avant cette date : https://mondpc-solde.fr/activer", campaign="sms-mondpc-solde", htmlalso=True)
r("c01", "typed", "gauthier", subject="Appel téléphonique menaçant - certification périodique", text="Bonjour,\n\nJe souhaite vous signaler un appel reçu ce midi au cabinet. Une femme s'est présentée comme appelant de la « direction régionale de certification périodique ». Elle a insisté pour me parler directement (ma secrétaire a fini par me la passer) et m'a expliqué que ma certification n'était pas validée et que je risquais la radiation si je ne créais pas mon compte avec elle immédiatement. Elle voulait mon adresse mail et mon mot de passe pour « faire la démarche ».\n\nJ'ai raccroché. Le numéro affiché était le 01 99 00 61 38.\n\nBien cordialement", campaign="appel-drcp-radiation", dep="42")
r("c01", "typed", "dupont", subject="arnaque", text="appel ce jour d'une soi-disant direction régionale de la certification, menace de radiation, ton très agressif. numéro 0199006138. je n'ai rien donné.", campaign="appel-drcp-radiation")
r("c01", "typed", "colin", subject="Démarchage téléphonique", text="Madame, Monsieur,\n\nMon assistante a reçu à trois reprises cette semaine des appels d'une personne se réclamant d'un organisme chargé de « valider notre droit d'exercer ». Elle parle de radiation et demande mes identifiants. Elle n'a pas laissé de numéro et l'appel était masqué la dernière fois.\n\nJe vous le signale pour vos statistiques.\n\nV. Colin", campaign="appel-drcp-radiation", dep="38")
r("f11", "inline", "durand", "Bonjour,\nJ'ai reçu ceci. Je n'ai jamais eu de contrôle. Est-ce que c'est une vraie notification de la CPAM ? Le montant est important.\nMerci de votre retour", "outlook_fr", campaign="indu-cpam-recouvrement", dep="42")
r("f11", "attachment", "muller", "", campaign="indu-cpam-recouvrement", dep="67")
r("f03", "inline", "leroy", "Bonjour, faut-il répondre ? Je ne sais pas qui sont ces gens.", "gmail_fr", campaign="cellule-certif-periodique-gmail")
r("f03", "inline", "fabre", "Transmis pour signalement. La réponse part vers une adresse gmail...", "laposte", campaign="cellule-certif-periodique-gmail", dep="13")
r("e03", "inline", "lemaire", "FYI - I suppose this is the usual housing scam before ESC? I have already booked through the official site.", "outlook_en", campaign="esc-housing-scam", xmailer="Microsoft Outlook 16.0")
r("e03", "attachment", "blanc", "Bonjour, je reçois ça tous les ans avant les congrès. Je vous le transmets au cas où.", campaign="esc-housing-scam", dep="73")

# ------------------------------------------------------------------ fraud singles (e-mails)
r("f04", "inline", "rousseau", "Bonjour,\n\nUn organisme que je ne connais pas me propose de s'occuper de tout pour mon DPC, à condition que je lui donne mes identifiants mondpc. Il me semble que c'est exactement ce que décrit votre dernière circulaire. Je vous laisse juger.\n\nBonne journée", "owa", dep="42")
r("f05+p02", "attachment", "andre", "Bonjour,\nJ'ai reçu ces deux messages d'annuaires à quelques semaines d'intervalle. Je n'ai jamais rien commandé à l'Annuaire Médical de France et on me réclame 447 €. L'autre me semble plus honnête mais je préfère avoir votre avis sur les deux.\nCatherine André")
r("f06", "inline", "henry", "Bizarre, je suis bien chez Weda mais je paie par prélèvement et je n'ai pas eu de souci. Arnaque ?", "tb_fr")
r("f07", "inline", "martin", "Bonjour, Doctolib me demande de confirmer mes coordonnées bancaires. L'adresse n'est pas doctolib.fr. Je pense que c'est un faux.", "owa", dep="74")
r("f09", "inline", "bonnet", "", "apple_fr", html_only=True)
r("f10", "attachment", "lemaire", "Signalement. Transmis également au RSSI.", eml_octet=True, fname="Mise a jour coordonnees bancaires.eml")
r("f12+f39", "attachment", "dupont_sec", "Bonjour,\nLe docteur Dupont m'a demandé de vous transmettre ces deux mails reçus sur la boîte du cabinet. On n'attend aucun colis.\nCordialement\nLe secrétariat", eml_octet=True)
r("f13", "attachment", "faure", "Le cabinet n'a pas de véhicule professionnel... Fraude ?", eml_octet=True, fname="Avis de contravention.eml")
r("f14", "pasted", "robin", "Pour votre information, message reçu hier soir :", subject="faux mail impots", pasted="Objet : Vous avez droit à un remboursement\n\nBonjour,\n\nAprès le calcul de votre impôt sur le revenu, il apparaît que vous pouvez bénéficier d'un remboursement d'un montant de 312,40 €.\n\nPour recevoir ce montant, merci de vérifier vos coordonnées bancaires : Accéder au formulaire de remboursement\n\nDirection générale des Finances publiques", dep="13")
r("f15", "inline", "marchal", "Bonjour,\nUn confrère (Dr Lefebvre, cardiologue) m'écrit pour un « petit service ». En répondant, je vois que la réponse part vers une adresse gmail et pas vers son adresse orange habituelle. Je l'ai appelé, il n'a rien envoyé : sa boîte est piratée. Je vous le signale pour que vous puissiez prévenir les confrères.", "gmail_fr")
r("f17", "inline", "garnier", "Bonjour, j'ai reçu ce message (qui semble venir de ma propre adresse). Je suppose qu'il faut ignorer ? C'est quand même très désagréable.\nM. Garnier", "android")
r("f18", "inline", "perrin", "Bonjour,\nJe suis remplaçant et je reçois beaucoup de propositions, mais celle-ci me demande ma pièce d'identité et ma carte CPS recto-verso par mail, à une adresse gmail. Cela vous semble-t-il normal ?\nMerci !", "gmail_fr")
r("f19", "inline", "aubert", "Ils demandent mes identifiants Pro Santé Connect dans un formulaire de candidature ??", "owa")
r("f20", "inline", "girard", "", "orange", text_only=True)
r("f21", "attachment", "nguyen", "rpps ??")
r("f22", "inline", "benali", "Bonjour, je n'ai jamais vu l'ANS envoyer un QR code. Qu'en pensez-vous ?", "yahoo", campaign="qr-ecps")
r("f22", "attachment", "colin", "Message reçu ce jour, pièce jointe = QR code. Non scanné.", campaign="qr-ecps", dep="38")
r("f23", "inline", "petit", "Pas moi, je n'étais pas à Lille. Faux mail je pense mais par précaution ?", "apple_fr")
r("f24", "attachment", "muller", "Bonjour,\nPièce jointe html qui demande mes identifiants amelipro. Je n'ai rien saisi.", dep="67")
r("f25", "inline", "durand", "Bonjour,\nVoici un courrier d'une « direction régionale de certification périodique » avec une attestation à signer en pièce jointe. Le PDF demande mon identifiant et mon mot de passe Mon DPC. Je suppose que c'est la fraude dont vous parliez.\nCordialement", "outlook_fr", dep="42")
r("f26", "inline", "chevalier", "Qui est ce conseil supérieur ? Suspension du droit d'exercer ?!", "sfr", dep="73", campaign="csfcm-suspension")
r("f26", "pasted", "muller", "Bonjour,\nJe vous colle le texte d'un courrier électronique reçu ce matin, qui me menace de suspension. Je n'ai jamais entendu parler de ce conseil supérieur.\nJ. Muller", dep="67", subject="Menace de suspension", campaign="csfcm-suspension")
r("f27", "attachment", "andre", "")
r("f28", "inline", "leroy", "Bonjour, la HAS fait-elle vraiment des enquêtes avec connexion e-CPS ? Le lien ne va pas vers has-sante.fr.", "gmail_fr")
r("f29", "inline", "henry", "Reçu sur ma messagerie pro, de la part d'une adresse d'un autre cabinet. Je n'ai pas de compte Microsoft 365.", "tb_fr")
r("f30", "inline", "bonnet", "Je ne connais pas de Dr Anne Perrin.", "apple_fr")
r("f31", "inline", "schmitt", "Bonjour,\n\nJe reçois ce message concernant le changement de RIB pour la cotisation. J'ai un doute car l'adresse n'est pas celle du conseil départemental. Pouvez-vous me confirmer les coordonnées bancaires à utiliser ?\n\nMerci\nH. Schmitt", "tb_fr", dep="67")
r("f33", "pasted", "fabre", "Ça recommence... reçu de « ANDPC - Service orientation », copie ci-dessous :", dep="13", subject="ANDPC ???")
r("f34", "inline", "martin", "Bonjour,\nJe suis un peu inquiète, un avis patient aurait été signalé. Le lien ne me semble pas être Doctolib. Pouvez-vous vérifier ?\nMerci", "owa", dep="74")
r("f35", "inline", "durand", "", "outlook_fr", dep="42", name_only=True)
r("f36", "direct", "lambert", to="signalement@cdom01.ordre.medecin.fr", dep="01")
r("f37", "inline", "gauthier", "Bonjour,\nIl y a bien des élections ordinales cette année ? Ce site demande mon numéro de carte CPS. Je préfère vérifier avant.\nAnne Gauthier", "orange", dep="42")
r("f38", "inline", "mercier", "", "outlook_fr", safelinks=True, dep="74", xmailer="Microsoft Outlook 16.0")
r("f40", "inline", "roux", "On paie l'envoi de la carte CPS maintenant ?", "android")
r("f41", "inline", "bonnet", "Bonjour\nMa consœur Sophie Bernard m'a envoyé ce lien mais elle m'assure qu'elle n'a rien envoyé. Son compte gmail semble piraté.", "apple_fr")
r("f42", "attachment", "faure", "Relance pour une amende que je n'ai jamais eue.", eml_octet=True)
r("f43", "inline", "dubois", "Bonjour,\nEncore une demande de « confirmation » de compte de messagerie de santé. Je vous le transmets.\nCordialement\nP. Dubois", "legacy", dep="38")
r("f44", "inline", "marchal", "Place réservée à mon nom sans que je n'aie rien demandé, et on me demande mon mot de passe mondpc... Je pense que vous connaissez déjà.", "gmail_fr")
r("l06+f32", "attachment", "robin", "Bonjour,\nJ'ai reçu deux mails de réinitialisation de mot de passe Mon DPC à quelques jours d'intervalle. J'ai bien demandé le premier (le 18 mars) mais pas le second. Pouvez-vous me dire si le second est frauduleux ?\nMerci\nSophie Robin", dep="13")

# ------------------------------------------------------------------ fraud singles (English)
r("e01", "direct", "lambert", to="signalement@cdom38.ordre.medecin.fr", dep="38", campaign="sextortion-bitcoin-en")
r("e01", "inline", "faure", "Reçu sur ma boîte. Je suppose que c'est du chantage classique, je ne réponds pas.", "owa", campaign="sextortion-bitcoin-en")
r("e02", "inline", "lemaire", "Hello,\nI do collaborate with Northfield on a study, but the link goes to a site that is not SharePoint. Could you confirm it is phishing? Forwarding to you as the IT team told me to report.", "outlook_en", safelinks=True)
r("e04", "pasted", "leroy", "Copié-collé d'un mail reçu sur ma boîte pro :", subject="donation ??", htmlalso=True)
r("e05", "inline", "perrin", "Je n'ai aucun contrat de remplacement en cours via DocuSign.", "gmail_fr")
r("e06", "attachment", "colin", "Pièce jointe HTML suspecte reçue sur l'adresse du cabinet.", dep="38")
r("e07", "inline", "blanc", "Bonjour,\nOffre de remplacement au Royaume-Uni qui demande passeport et IBAN. Je ne suis pas intéressé mais cela me semble frauduleux.", "outlook_fr", dep="73")
r("e08", "attachment", "petit", "Transféré en pièce jointe comme demandé.")
r("e09", "inline", "gauthier", "Je n'ai rien acheté chez Apple. Je n'ai pas appelé le numéro.", "orange", dep="42")
r("e10", "inline", "marchal", "Fwd for info", "gmail_en")
r("e11", "direct", "lambert", to="signalement@cdom73.ordre.medecin.fr", dep="73")
r("e12", "inline", "mercier", "Bonjour,\n\nJe suis invitée comme « keynote speaker » à Dubaï, à condition de payer 749 dollars et d'envoyer mon passeport. Je ne suis pas sûre qu'il s'agisse d'une fraude au sens strict mais cela en a toutes les apparences. Je vous le transmets.\n\nOlivia Mercier", "outlook_fr", dep="74")
r("e13", "attachment", "bonnet", "Arnaque ?", eml_octet=True)
r("e14", "inline", "aubert", "I have a Medscape account. Is this real?", "owa")

# ------------------------------------------------------------------ fraud SMS / calls typed
r("s02", "pasted", "andre", "Bonjour, reçu par SMS sur le portable du cabinet, voici le texte copié :", pasted="La Poste: votre colis est en attente, des frais de reexpedition de 1,99EUR sont a regler sous 48h : https://laposte-suivi-colis.info/f", subject="SMS colis")
r("s03", "typed", "muller", subject="SMS cotisation ordre", text="Bonjour,\nJ'ai reçu un SMS signé « Ordre-Med » qui me dit que ma cotisation 2026 n'est pas réglée et qu'il faut régulariser sur https://cotisation-ordre.fr/p pour éviter une suspension. Or j'ai payé en janvier. C'est bien une fraude ?\nCordialement\nJ. Muller", dep="67")
r("s04", "typed", "schmitt", subject="SMS démarchage DPC", text="Bonjour,\n\nCopie d'un SMS reçu le 30 septembre depuis le 06 39 98 77 05 :\n\n« Bonjour Docteur, il vous reste des droits de formation DPC qui expirent bientôt. Une conseillère peut s'occuper de votre inscription, rappelez-nous au 01 99 00 27 64. Stop SMS 36111 »\n\nJe n'ai pas rappelé.", dep="67")
r("s05", "typed", "fabre", subject="amende", text="sms ANTAI amende 35 euros lien antai-gouv-amende.com. ma femme a reçu le même. fraude évidemment, je vous le signale quand même", dep="13")
r("s06", "typed", "chevalier", subject="SMS banque", text="Bonjour, SMS « CM-Info » : clé digitale expirée, lien https://cm-cle-digitale.com/r. Je ne suis même pas client du Crédit Mutuel. Pour info.", dep="73")
r("c02", "typed", "martin", subject="Appel « ANDPC »", text="Bonjour,\n\nCe matin, une personne disant travailler pour l'ANDPC m'a appelée pour me proposer une formation « entièrement prise en charge ». Elle m'a demandé mon mot de passe Mon DPC pour m'inscrire elle-même. J'ai refusé. Elle m'a donné un numéro pour la rappeler : 09 72 41 55 03.\n\nIsabelle Martin", dep="74")
r("c03", "typed", "robin", subject="tentative escroquerie", text="Je ne sais pas si cela relève de l'Ordre mais je préfère le signaler : hier soir, appel d'un soi-disant service fraude de ma banque. Il connaissait mon nom et l'adresse du cabinet. Il m'a demandé de valider une « annulation » dans l'appli puis de lui lire le code reçu par SMS. J'ai raccroché et appelé ma banque, qui confirme l'arnaque.", dep="13")
r("c04", "typed", "durand", subject="Appel CPAM suspect", text="Bonjour,\nAppel reçu au cabinet ce matin : une personne se présentant du « service contentieux de la CPAM » m'a réclamé un indu de 2 300 € à payer tout de suite par carte bancaire au téléphone, faute de quoi je serais déconventionné. Numéro affiché : 04.65.71.92.48.\nJe n'ai évidemment rien payé. Je pense que la CPAM ne procède pas ainsi ?\nCordialement\nDr P. Durand", dep="42")
r("c05", "typed", "sec_bellecour", subject="Appel support Doctolib", text="Bonjour,\n\nJe suis secrétaire au cabinet médical Bellecour. Un homme a appelé en disant être du support technique Doctolib et qu'il fallait faire une mise à jour obligatoire de l'agenda. Il voulait que j'installe AnyDesk sur l'ordinateur de l'accueil. J'ai refusé et j'ai appelé Doctolib par le numéro de notre contrat : ils ne nous ont jamais appelés.\n\nLe Dr Morel m'a dit de vous prévenir.\n\nLaetitia")
r("c06", "typed", "lambert", subject="message vocal ARS ?", text="Bonjour, message vocal laissé sur la ligne du cabinet : une « cellule de conformité des cabinets » de l'ARS, dossier incomplet, rappeler au 08 99 23 41 70 en ayant son numéro RPPS sous la main. Un 0899 pour l'ARS ? Je n'ai pas rappelé.", dep="01")

# ------------------------------------------------------------------ spam
r("p01", "inline", "morel", "Est-ce que cet organisme est fiable ? Il cite l'ANDPC.", "gmail_fr", campaign="medicavenir-ecg")
r("p01", "inline", "gauthier", "", "orange", campaign="medicavenir-ecg", dep="42")
r("p01", "attachment", "muller", "Je reçois ces mails sans jamais m'être inscrit. Spam ?", campaign="medicavenir-ecg", dep="67")
r("p03", "inline", "henry", "Démarchage...", "tb_fr")
r("p04", "inline", "dubois", "Bonjour, je ne connais pas ce congrès, est-il sérieux ?", "tb_fr", dep="38")
r("p05", "inline", "roux", "Urgent, dernier rappel... c'est une arnaque ou juste de la pub ?", "android", campaign="echoform-dernier-rappel")
r("p05", "pasted", "nguyen", "je vous copie le mail reçu", campaign="echoform-dernier-rappel")
r("p06", "attachment", "girard", "pour info")
r("p07", "inline", "fabre", "Spam assurance, je ne sais pas comment ils ont mon adresse.", "laposte", dep="13")
r("p08", "attachment", "chevalier", "", dep="73", eml_octet=True)
r("p09", "inline", "leroy", "Bonjour, cette lettre parle de certification périodique et de radiation. Est-ce officiel ?", "gmail_fr")
r("p10", "inline", "perrin", "Ça, c'est sérieux ? Ils ne demandent rien pour l'instant.", "gmail_fr")
r("p11", "inline", "mercier", "", "outlook_fr", safelinks=True, dep="74", xmailer="Microsoft Outlook 16.0")
r("p12", "inline", "aubert", "Proposition de téléconsultation. Démarchage ou arnaque ?", "owa")
r("p13", "inline", "rousseau", "Bonjour,\nCet organisme me propose des parcours « validants » pour la certification périodique. Je sais que vous nous avez alertés sur des organismes malveillants. Celui-ci me paraît correct mais je préfère demander.", "owa", dep="42", campaign="ifcs-certification")
r("p13", "inline", "benali", "", "yahoo", campaign="ifcs-certification")
r("p14", "pasted", "gauthier", "Je reçois ce genre de publicité plusieurs fois par semaine, est-ce légal ?", dep="42", subject="publicité secrétariat")
r("p15", "inline", "dupont", "Bonjour\nOn me parle encore de droits DPC... Ce Formadoc est-il une arnaque comme les autres ?", "free", campaign="formadoc-droits-dpc")
r("p15", "pasted", "robin", "Bonjour, reçu ceci, qu'en pensez-vous ?", campaign="formadoc-droits-dpc", dep="13")
r("q01", "inline", "lemaire", "Predatory journal I guess. Signalé pour info.", "outlook_en", campaign="jcmreports-cfp", xmailer="Microsoft Outlook 16.0")
r("q01", "inline", "blanc", "", "outlook_fr", campaign="jcmreports-cfp", dep="73")
r("q02", "inline", "marchal", "", "gmail_en", campaign="global-cardio-summit")
r("q02", "inline", "colin", "Congrès prédateur ? Je n'ai jamais entendu parler de cette organisation.", "tb_fr", dep="38", campaign="global-cardio-summit")
r("q03", "inline", "colin", "Pub", "tb_en", dep="38")
r("q04", "direct", "lambert", to="signalement@cdom42.ordre.medecin.fr", dep="42")
r("q05", "inline", "blanc", "Bonjour, après le mail d'hier du « housing bureau », voici un hôtel qui me propose une réduction. Même arnaque ?", "outlook_fr", dep="73", campaign="lakeside-hotel")
r("q05", "inline", "mercier", "", "owa", dep="74", campaign="lakeside-hotel")
r("q06", "attachment", "aubert", "Is this legit? I never registered.")

# ------------------------------------------------------------------ legitimate
r("l01", "inline", "morel", "Bonjour, est-ce une vraie notification Mailiz ? On parle beaucoup de faux mails MSSanté en ce moment.", "gmail_fr", campaign="mailiz-notification")
r("l01", "inline", "faure", "", "owa", campaign="mailiz-notification")
r("l02", "inline", "durand", "Bonjour,\nAprès le faux mail de décembre, je reçois une nouvelle notification d'indu. Celle-ci vient de assurance-maladie.fr. Est-elle authentique ?\nMerci", "outlook_fr", dep="42", campaign="indu-cpam-rhone")
r("l02", "inline", "sec_bellecour", "Bonjour,\nLe docteur Morel souhaite savoir si ce message de la CPAM est authentique.\nCordialement", "gmail_fr", campaign="indu-cpam-rhone",
  nested=dict(rep=("Claire Morel", "claire.morel.med@gmail.com"), client="gmail_fr", comment="Laetitia, tu peux demander à l'Ordre si c'est vrai ? Merci", sig="Claire"))
r("l03", "inline", "girard", "Encore un faux ?", "orange", campaign="rappel-cotisation-cdom69")
r("l03", "inline", "perrin", "Bonjour, on m'a dit de me méfier des mails de cotisation. Celui-ci est-il bien de vous ?", "gmail_fr", campaign="rappel-cotisation-cdom69")
r("l03", "attachment", "marchal", "Vérification svp : « dernier rappel » cotisation.", campaign="rappel-cotisation-cdom69", eml_octet=True)
r("l04", "inline", "durand", "Bonjour, ce message est-il bien du conseil ? Il ressemble à ce que je reçois des fraudeurs !", "outlook_fr", dep="42", campaign="alerte-cdom42")
r("l04", "inline", "gauthier", "", "orange", dep="42", campaign="alerte-cdom42")
r("l05", "inline", "petit", "J'ai bien activé mon e-CPS hier soir sur mon nouveau téléphone, mais je voulais être sûr que ce message est authentique.", "apple_fr")
r("l07", "inline", "martin", "Bonjour, c'était moi je crois, mais je préfère demander : est-ce un vrai mail Doctolib ?", "owa", dep="74")
r("l08", "inline", "chevalier", "URSSAF ?", "sfr", dep="73")
r("l09", "attachment", "fabre", "impots ?", dep="13")
r("l10", "inline", "schmitt", "Bonjour,\nJe reçois un courrier avec pièce jointe d'un cardiologue que je ne connais pas pour une patiente que je ne suis pas sûre de suivre. Avec tous ces virus... Pouvez-vous vérifier ?\nH. Schmitt", "tb_fr", dep="67")
r("l11", "inline", "lemaire", "Bonjour,\nMessage de la DSN de l'hôpital sur l'expiration de mon mot de passe. Je vous le transmets car je ne sais plus à qui me fier.", "legacy")
r("l12", "inline", "roux", "DGS urgent... vrai ou faux ?", "android")
r("l13", "attachment", "nguyen", "", eml_octet=True, fname="message.eml")
r("l14", "inline", "dubois", "Bonjour,\nJe reçois ce message sur l'ouverture de mon compte de certification périodique. Avec tous les faux messages qui circulent, pouvez-vous me confirmer qu'il vient bien de l'Ordre ?\nCordialement", "tb_fr", dep="38")
r("l15", "pasted", "andre", "Bonjour, une patiente m'écrit sur ma boîte perso (je copie son message ci-dessous). Je ne sais pas si je peux répondre par mail, et si c'est bien elle.", subject="question mail patiente")
r("l16", "inline", "henry", "Facture Doctolib : vraie ?", "tb_fr")
r("l17", "inline", "dubois", "Bonjour, ce message parle de « radiation », je voulais être sûr qu'il s'agit bien d'une démarche normale liée à mon déménagement.", "tb_fr", dep="42")
r("l18", "attachment", "marchal", "Bonjour, l'ARS m'écrit pour vérifier mes créneaux de garde via un lien. Je préfère vérifier que c'est bien eux avant de cliquer.")
r("k01", "inline", "leroy", "I asked for a password reset, but is this genuine?", "gmail_en")
r("k02", "inline", "morel", "Bonjour, je reçois une invitation à relire un article. Ce n'est pas une arnaque de revue prédatrice ?", "gmail_fr")
r("k03", "inline", "lemaire", "FYI — the genuine ESC message, to compare with the housing scam I sent you last month.", "outlook_en", campaign="esc-official-housing", xmailer="Microsoft Outlook 16.0")
r("k03", "inline", "blanc", "Voici le message officiel de l'ESC, pour comparer.", "outlook_fr", dep="73", campaign="esc-official-housing")
r("k04", "inline", "leroy", "Zoom link from a colleague in Milan - just checking the zoom.us link is OK before I click.", "gmail_en")
r("k05", "inline", "rousseau", "Bonjour, la clinique m'envoie ceci via DocuSign. Vrai ou faux ?", "owa", dep="42")
r("e15", "inline", "mercier", "Bonjour,\nJ'ai bien soumis un article à cette revue, mais la facture vient d'une adresse qui n'est pas celle de l'éditeur et le paiement se fait par virement vers un compte inconnu. Pouvez-vous confirmer ?", "outlook_fr", dep="74", xmailer="Microsoft Outlook 16.0")
r("q07", "inline", "perrin", "", "gmail_en")
r("k06", "inline", "morel", "Bonjour,\nUn médecin anglais me demande le dossier d'un patient parti s'installer au Royaume-Uni. Je ne sais pas si je peux lui transmettre ni si la demande est authentique. Que me conseillez-vous ?", "gmail_fr")
