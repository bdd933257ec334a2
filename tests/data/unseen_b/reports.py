# -*- coding: utf-8 -*-
"""Who reported what, and how (mail client, comment, personalisation).

REPORTERS: the doctors / staff who write to the council, with their own signatures
(their phones, addresses and links are NOT indicators of the originals).
REPORTS: one entry per report_NNN.eml, in order.
"""
COUNCIL = 'signalement@cdom44.ordre.medecin.fr'


def P(name, email, client, sig='', own=(), greet=None):
    return dict(name=name, email=email, client=client, sig=sig, own=list(own),
                greet=greet or 'Docteur ' + name.split()[-1])


REPORTERS = {
    'legoff': P('Sophie Le Goff', 'sophie.legoff.med@gmail.com', 'gmail_fr',
                'Dr Sophie Le Goff\nMédecin généraliste\n14 rue de la Paix, 44300 Nantes\n02 40 49 12 87', ['+33240491287']),
    'morvan': P('Erwan Morvan', 'dr.morvan@cabinet-morvan.fr', 'outlook_fr',
                'Dr Erwan MORVAN\nCardiologue - Clinique Saint-Augustin\nTél. 02 40 12 77 45 - Fax 02 40 12 77 46\nhttps://www.cabinet-morvan.fr', ['+33240127745', 'cabinet-morvan.fr']),
    'pelletier': P('Anne Pelletier', 'anne.pelletier44@orange.fr', 'orange',
                   'Dr A. Pelletier', []),
    'riviere': P('Jean-Marc Rivière', 'jm.riviere@wanadoo.fr', 'orange',
                 'JM Rivière\nMédecin généraliste - Saint-Herblain\n06 81 22 43 19', ['+33681224319']),
    'lebihan': P('Yann Le Bihan', 'yann.lebihan@free.fr', 'free', 'Yann Le Bihan', []),
    'gautier': P('Claire Gautier', 'claire.gautier.pediatre@icloud.com', 'iphone_fr'),
    'benali': P('Karim Benali', 'kbenali@chu-nantes.fr', 'owa_fr',
                'Dr Karim BENALI\nPraticien hospitalier - Service d\'accueil des urgences\nCHU de Nantes\nPoste 63 412', []),
    'durand': P('Michel Durand', 'michel.durand.med@laposte.net', 'laposte',
                'Docteur Michel Durand\n3 place du Marché 44120 Vertou', []),
    'nguyen': P('Linh Nguyen', 'linh.nguyen.md@yahoo.fr', 'yahoo', 'Dr Linh Nguyen', []),
    'fabre': P('Olivier Fabre', 'o.fabre@msp-lesdervallieres.fr', 'thunderbird_fr',
               'Dr Olivier Fabre\nMSP Les Dervallières\n02 40 46 30 11\nPrise de RDV : https://www.doctolib.fr/medecin-generaliste/nantes/olivier-fabre', ['+33240463011', 'doctolib.fr']),
    'lemoine': P('Isabelle Lemoine', 'isabelle.lemoine@sfr.fr', 'sfr', 'I. Lemoine', []),
    'bertrand': P('Paul Bertrand', 'paul.bertrand.dermato@gmail.com', 'gmail_fr',
                  'Dr Paul Bertrand - Dermatologue\n22 bd Guist\'hau, Nantes\nSecrétariat : 02 40 73 55 20', ['+33240735520']),
    'kerjean': P('Gwenaëlle Kerjean', 'g.kerjean@outlook.fr', 'owa_fr', 'Gwen Kerjean', []),
    'hamon': P('Thierry Hamon', 'thierry.hamon@medecin-hamon.fr', 'outlook_fr',
               'Dr Thierry HAMON\nMédecine générale - Médecine du sport\n5 avenue des Sports, 44400 Rezé\n02 40 75 88 10', ['+33240758810']),
    'rousseau': P('Hélène Rousseau', 'helene.rousseau.psy@gmail.com', 'samsung'),
    'marchal': P('Denis Marchal', 'denis.marchal@wanadoo.fr', 'legacy',
                 'Dr D. MARCHAL\nOrl - 1 rue Racine 44000 NANTES\nTel 02.40.48.22.13', ['+33240482213']),
    'blanchard': P('Sylvie Blanchard', 'sylvie.blanchard@free.fr', 'free', '', []),
    'caradec': P('Loïc Caradec', 'loic.caradec@gmail.com', 'gmail_en',
                 'Dr Loïc Caradec\nGP - Pornic\nhttps://linktr.ee/drcaradec', ['linktr.ee']),
    'weber': P('Anne-Sophie Weber', 'as.weber@me.com', 'apple_fr',
               'Dr Anne-Sophie Weber\nPsychiatre\n07 68 22 41 90', ['+33768224190']),
    'collin': P('Bruno Collin', 'b.collin@cabinetradiologie-atlantique.fr', 'outlook_en',
                'Dr Bruno Collin\nRadiologue - Cabinet de Radiologie Atlantique\nwww.cabinetradiologie-atlantique.fr', ['cabinetradiologie-atlantique.fr']),
    'petit': P('Nathalie Petit', 'nathalie.petit@ch-saintnazaire.fr', 'owa_fr',
               'Nathalie PETIT\nMédecin DIM - Centre hospitalier de Saint-Nazaire', []),
    'guerin': P('François Guérin', 'francois.guerin.med@gmail.com', 'gmail_fr', 'FG', []),
    'tanguy': P('Marie Tanguy', 'marie.tanguy@yahoo.fr', 'yahoo',
                'Dr Marie Tanguy - Sage conseil : ne cliquez jamais sur les liens !', []),
    'leroux': P('Pierre Le Roux', 'pierre.leroux@thunderbird-user.fr', 'thunderbird_en', 'P. Le Roux', []),
    'moreau': P('Julie Moreau', 'julie.moreau.mg@gmail.com', 'gmail_fr',
                'Julie Moreau\nMédecin généraliste remplaçante\n06 30 14 72 58', ['+33630147258']),
    'barbier': P('Alain Barbier', 'alain.barbier@orange.fr', 'orange', 'Alain', []),
    'chevalier': P('Emma Chevalier', 'emma.chevalier@icloud.com', 'iphone_en'),
    'lucas': P('Vincent Lucas', 'v.lucas@polyclinique-atlantique.fr', 'outlook_fr',
               'Dr Vincent LUCAS\nChirurgien orthopédiste\nPolyclinique de l\'Atlantique\nSecrétariat 02 40 95 93 93', ['+33240959393']),
    'sec_lucas': P('Secrétariat Dr Lucas', 'secretariat.lucas@polyclinique-atlantique.fr', 'outlook_fr',
                   'Laetitia\nSecrétariat du Dr Lucas\n02 40 95 93 93', ['+33240959393']),
    'sec_msp': P('Accueil MSP Les Dervallières', 'accueil@msp-lesdervallieres.fr', 'thunderbird_fr',
                 'Accueil MSP Les Dervallières\n02 40 46 30 10', ['+33240463010']),
    'robin': P('Cécile Robin', 'cecile.robin@laposte.net', 'laposte', 'Cécile Robin\nMédecin scolaire', []),
    'faure': P('Mathieu Faure', 'mathieu.faure@hotmail.fr', 'owa_fr', '', []),
    'giraud': P('Agnès Giraud', 'agnes.giraud.mg@gmail.com', 'gmail_fr',
                'Dr Agnès Giraud\nCabinet médical du Bourg - 44470 Carquefou\nwww.cabinet-carquefou.fr', ['cabinet-carquefou.fr']),
    'le_bras': P('Ronan Le Bras', 'ronan.lebras@sfr.fr', 'sfr', 'R. Le Bras', []),
    'simon': P('Laurence Simon', 'laurence.simon@free.fr', 'free', 'Dr L. Simon', []),
    'kader': P('Samir Kader', 'samir.kader.med@gmail.com', 'samsung'),
}

REPORTS = []


def R(orig, by, via=None, **kw):
    rep = REPORTERS[by]
    via = via or rep['client']
    r = dict(orig=orig, by=by)
    if via in ('typed', 'pasted'):
        r['style'] = via
        r['client'] = kw.pop('mua', rep['client'])
    elif via == 'direct':
        r['style'] = 'direct'
        r['client'] = 'plain'
    elif via in ('rfc822', 'octet'):
        r['style'] = 'attachment'
        r['client'] = via
        r['mua'] = kw.pop('mua', 'thunderbird_fr')
    else:
        r['style'] = 'inline'
        r['client'] = via
    r.setdefault('greet', rep['greet'])
    r.update(kw)
    REPORTS.append(r)

# ================================================================ campaigns
# -- fake "direction régionale de certification périodique"
R('c_cp_radiation', 'legoff', tk='88412', comment="Bonjour,\n\nJe viens de recevoir ce mail. J'ai lu votre circulaire sur le démarchage DPC, je suppose que c'est la même chose ? Je n'ai rien validé pour le moment concernant la certification, donc j'avoue que ça m'a inquiétée.\n\nMerci de me dire.")
R('c_cp_radiation', 'morvan', tk='90127', comment="Pour information. Je n'ai pas cliqué.")
R('c_cp_radiation', 'pelletier', tk='77310', comment="bonjour est-ce une arnaque ?")
R('c_cp_radiation', 'gautier', tk='61095', comment="Reçu ce matin. Ça existe la direction régionale de certification ??")
R('c_cp_radiation', 'benali', tk='13388', safelinks=True, comment="Bonjour,\nJe vous transfère ce courriel reçu sur ma boîte professionnelle du CHU. Le service informatique m'a conseillé de vous le signaler.\nBien cordialement")
R('c_cp_radiation', 'kerjean', 'rfc822', tk='40951', mua='owa_fr', subject='Mail suspect certification périodique', comment="Bonjour, ci-joint le mail en pièce jointe comme demandé par téléphone. Gwen Kerjean")
R('c_cp_radiation', 'rousseau', tk='52276', name_only=True, comment="Bonjour j'ai appelé le numéro avant de lire votre circulaire, la personne m'a demandé mon numéro RPPS et ma date de naissance. J'ai raccroché. Que dois-je faire ?")
# -- fake ANS activation
R('c_ans_activation', 'fabre', tk='d41a9c', comment="Bonjour,\n\nSignalement d'un courriel se réclamant de l'ANS. Le lien pointe vers esante-gouv-certif.com, ce qui n'est pas un domaine de l'État.\n\nConfraternellement,")
R('c_ans_activation', 'lebihan', tk='e1907b', comment="")
R('c_ans_activation', 'nguyen', tk='0c55f2', comment="Bonjour,\nMon compte de certification a-t-il vraiment été pré-créé ? Je n'ai jamais reçu de courrier.\nMerci d'avance")
R('c_ans_activation', 'hamon', tk='b7731e', comment="Vrai ou faux ?")
R('c_ans_activation', 'caradec', tk='7d20aa', comment="Bonjour, je vous fais suivre. Ma femme (médecin aussi) a reçu le même.")
R('c_ans_activation', 'weber', tk='93fe01', comment="Bonjour,\nUn de plus... Merci pour vos alertes.\nAS Weber")
R('c_ans_activation', 'lucas', 'outlook_fr', tk='5a6c3d', nested='sec_lucas', outer_client='outlook_fr', orig_to='dr.lucas.ortho@gmail.com',
  comment="Laetitia, pouvez-vous transmettre au conseil de l'Ordre svp, je ne sais pas si c'est sérieux. Merci", outer_comment="Bonjour,\n\nÀ la demande du Dr Lucas, je vous transmets le message ci-dessous.\n\nCordialement,")
R('c_ans_activation', 'leroux', 'octet', tk='f0b8e4', mua='thunderbird_fr', comment="Bonjour,\nCi-joint le message d'origine (fichier .eml) pour votre enquête.\nP. Le Roux", fname='Action requise.eml')
# -- fake ANDPC validation
R('c_andpc_validate', 'riviere', tk='A7Q2', comment="Bonjour,\n\nLe lien affiché est bien mondpc.fr mais quand je passe la souris dessus ce n'est pas la même adresse. Je préfère vous demander avant.\n\nCordialement")
R('c_andpc_validate', 'bertrand', tk='K9P1', comment="Pour info")
R('c_andpc_validate', 'lemoine', tk='Z3X8', comment="bonjour, ce mail est il fiable, merci")
R('c_andpc_validate', 'faure', tk='M4R6', html_only=True, comment="Bonjour,\nEst-ce que je dois valider mon compte DPC ? Je n'ai jamais eu de compte.\nMathieu Faure, médecin généraliste à Clisson")
R('c_andpc_validate', 'robin', tk='T5W0', comment="Bonjour, je suis médecin scolaire salariée, je ne fais pas de DPC libéral. Pourquoi je reçois ça ?")
# -- unsolicited Mon DPC password reset
R('c_mondpc_reset', 'moreau', tk='9fd2c1e07a', comment="Bonjour,\nJe n'ai demandé aucune réinitialisation. Reçu à 6h du matin. Je n'ai pas cliqué. Faut-il que je change mon mot de passe Mon DPC quand même ?\nJulie Moreau")
R('c_mondpc_reset', 'tanguy', tk='3be0a77d41', comment="Signalement")
R('c_mondpc_reset', 'chevalier', 'iphone_fr', tk='c81f5520b9', comment="Je n'ai rien demandé")
R('c_mondpc_reset', 'marchal', tk='e72a90c4d3', comment="Bonjour,\n\nJe vous transmets ce message reçu ce matin. Je ne me suis pas connecté à Mon DPC depuis des mois.\n\nBien à vous")
R('c_mondpc_reset', 'simon', 'rfc822', tk='05d6b3ff28', mua='free', comment="Bonjour, comme indiqué dans votre circulaire je vous transmets l'échange en pièce jointe.")
# -- SMS campaign (typed / pasted)
R('c_sms_dpc', 'giraud', 'typed', subject='SMS reçu ce jour', domains=['dpc-droits.fr'],
  comment="Bonjour,\n\nJ'ai reçu ce matin un SMS de \"ANDPC-INFO\" me disant que mon solde de formation 2025 de 1450 euros expire le 31 mars, avec un lien dpc-droits.fr/a/... pour \"activer mes droits\". Je n'ai pas cliqué.\n\nC'est bien une arnaque ?")
R('c_sms_dpc', 'kader', 'typed', subject='sms', domains=['dpc-droits.fr'],
  comment="Bonjour sms recu de ANDPC-INFO qui dit que mon solde dpc expire le 31/03 et de cliquer sur dpc-droits.fr. Je vous previens. Dr Kader")
R('c_sms_dpc', 'gautier', 'pasted', subject='SMS ANDPC', domains=['dpc-droits.fr'], tk='q2',
  comment="Copie du SMS reçu (expéditeur ANDPC-INFO) :")
R('c_sms_dpc', 'blanchard', 'typed', subject='texto douteux', domains=[],
  comment="Bonjour,\nmon mari et moi (tous deux médecins) avons reçu le même texto signé ANDPC nous disant d'activer nos droits de formation avant fin mars. Je l'ai effacé sans noter le lien, désolée. Je préférais vous prévenir.\nSylvie Blanchard")
# -- fake e-CPS renewal
R('c_ecps', 'le_bras', tk='7741', comment="Bonjour\nma carte CPS expire effectivement cette année, est-ce que ce mail est sérieux ? 4,90 euros ça me paraît bizarre.\nR. Le Bras")
R('c_ecps', 'collin', 'outlook_fr', tk='2093', safelinks=True, comment="Bonjour,\n\nReçu par plusieurs médecins du cabinet. Nous n'avons pas donné suite.\n\nCordialement,")
R('c_ecps', 'barbier', tk='5518', comment="A vérifier svp")
R('c_ecps', 'guerin', tk='6604', comment="")
# -- fake cotisation with IBAN
R('c_cotisation', 'durand', tk='11', comment="Bonjour,\nJ'ai pourtant payé ma cotisation en janvier par prélèvement. Pouvez-vous vérifier ?\nCordialement\nM. Durand")
R('c_cotisation', 'petit', tk='12', comment="Bonjour,\nce message me semble suspect (IBAN différent, adresse qui n'est pas celle du conseil). Pouvez-vous confirmer ?\nN. Petit")
R('c_cotisation', 'weber', 'rfc822', tk='13', mua='apple_fr', comment="Ci-joint. J'ai failli faire le virement.")
R('c_cotisation', 'kader', tk='14', comment="Bonjour, est-ce que c'est vous ?")
# -- Microsoft 365 from a compromised imaging practice address
R('c_m365', 'collin', tk='a1', greet='b.collin@cabinetradiologie-atlantique.fr', safelinks=True, comment="Hello,\n\nThis came from the address of a partner imaging practice (Imagerie Erdre). I think their mailbox has been hacked. Forwarding for your records.\n\nBruno Collin")
R('c_m365', 'leroux', tk='a2', greet='pierre.leroux@thunderbird-user.fr', comment="Bonjour,\nReçu de l'adresse du secrétariat d'Imagerie Erdre, en anglais. Je les ai prévenus par téléphone.\nCordialement")
R('c_m365', 'benali', 'owa_en', tk='a3', greet='kbenali@chu-nantes.fr', safelinks=True, comment="FYI")
R('c_m365', 'caradec', tk='a4', greet='loic.caradec@gmail.com', comment="Bonjour, encore un phishing, venant d'un cabinet de radiologie que je connais bien. Leur boîte a dû être piratée.")
# -- fake DocuSign from a colleague's name
R('c_docusign', 'morvan', tk='5f01', comment="Bonjour,\nJe ne connais pas de Dr Mercadier et je n'attends pas de contrat de remplacement. Pour info.")
R('c_docusign', 'chevalier', tk='5f02', comment="Is this one of yours? Looks fake to me")
R('c_docusign', 'lucas', 'octet', tk='5f03', mua='outlook_fr', comment="Bonjour,\n\nCi-joint un message reçu ce jour, au format .eml.\n\nDr Lucas", fname='Please review and sign.eml')
# -- FormaMed newsletter (honest DPC marketing)
R('c_formamed', 'legoff', greet='Docteur Le Goff', tk='lg01', comment="Bonjour,\n\nAvec toutes vos alertes, je ne sais plus à qui me fier. Cet organisme est-il sérieux ? Ils disent qu'on peut s'inscrire sur mondpc.fr.\n\nMerci")
R('c_formamed', 'fabre', greet='Docteur Fabre', tk='fb02', comment="Bonjour,\nJe reçois régulièrement leurs mails, je ne me souviens pas avoir suivi une de leurs formations. Est-ce légal ?")
R('c_formamed', 'rousseau', greet='Docteur Rousseau', tk='hr03', comment="?")
R('c_formamed', 'riviere', greet='Docteur Rivière', tk='jr04', comment="Démarchage DPC, pour information.")
R('c_formamed', 'blanchard', greet='Docteur Blanchard', tk='sb05', comment="")
R('c_formamed', 'giraud', 'rfc822', greet='Docteur Giraud', tk='ag06', mua='gmail_fr', comment="Bonjour, je vous mets en pièce jointe un mail de FormaMed, je voudrais savoir si c'est un organisme agréé. Bonne journée")
# -- English congress invitation
R('c_congress_en', 'caradec', greet='Caradec', tk='c7781', comment="Bonjour, ce congrès existe-t-il vraiment ? Ils ne demandent pas d'argent tout de suite mais ça ressemble aux arnaques de conférences.")
R('c_congress_en', 'leroux', greet='Le Roux', tk='c7782', comment="Pour info, spam en anglais.")
R('c_congress_en', 'bertrand', greet='Bertrand', tk='c7783', comment="")
# -- genuine ANDPC mail doubted
R('c_andpc_real', 'hamon', comment="Bonjour,\n\nAprès votre circulaire disant que l'ANDPC ne nous contacte jamais, je reçois ce mail de l'ANDPC. Il faut croire qui ?\n\nCordialement,")
R('c_andpc_real', 'tanguy', comment="Arnaque ?")
R('c_andpc_real', 'moreau', comment="Bonjour, celui-ci a l'air vrai (agencedpc.fr) mais je préfère vérifier. Merci !")
R('c_andpc_real', 'lemoine', comment="bonjour je transfère ce message pour vérification")
R('c_andpc_real', 'faure', 'owa_fr', comment="Bonjour,\nPouvez-vous me confirmer que ce message vient bien de l'Agence ?\nMerci")
R('c_andpc_real', 'simon', name_only=True, comment="Bonjour,\n\nJe ne sais pas trier le vrai du faux, je vous envoie tout ce qui parle de DPC. Désolée pour le dérangement.\n\nL. Simon")

# ================================================================ single reports: fraud
R('f_call_radiation', 'durand', 'typed', subject='Appel téléphonique menaçant', phones=['+33189714022'],
  comment="Bonjour,\n\nCe midi ma secrétaire a reçu un appel d'une dame se présentant comme \"la direction régionale de la certification périodique\". Elle a insisté pour me parler personnellement. Au téléphone elle m'a expliqué que si je ne validais pas ma certification avant la fin du mois je serais radié, et qu'il fallait la rappeler au 01 89 71 40 22 avec mon numéro RPPS.\n\nJ'ai refusé. Je vous le signale comme le demande la circulaire.\n\nCordialement")
R('f_call_ans', 'nguyen', 'typed', subject='appel soi-disant ANS', phones=['+33973882154'],
  comment="Bonjour,\nHier vers 18h un homme m'a appelée en disant qu'il était de l'Agence du Numérique en Santé et qu'il allait m'aider à créer mon compte de certification. Il m'a demandé mon identifiant e-CPS puis le code que j'allais recevoir par SMS. J'ai raccroché. Le numéro affiché était le 09.73.88.21.54.\nLinh Nguyen")
R('f_call_formation', 'hamon', 'typed', subject='Démarchage téléphonique DPC', phones=['+33756841209'],
  comment="Bonjour,\n\nAppel ce jour d'un soi-disant conseiller formation (07 56 84 12 09). Il m'affirme qu'il me reste 1200 euros de droits DPC à utiliser avant le 31 mars et propose de faire l'inscription à ma place si je lui donne mes identifiants Mon DPC. Il n'a pas voulu me donner le nom de son organisme.\n\nBien confraternellement")
R('f_sms_reset_code', 'rousseau', 'typed', subject='code reçu par SMS', phones=['+33970194483'],
  comment="Bonjour\nJ'ai reçu hier soir à 22h47 un SMS du 38015 : \"Mon DPC : votre code de reinitialisation est 482913\" et qu'il fallait appeler le service sécurité au 09 70 19 44 83 si je n'avais rien demandé. Je n'ai rien demandé et je n'ai pas appelé.\nH. Rousseau")
R('f_sms_ordre', 'lebihan', 'typed', subject='SMS Ordre des médecins ?', phones=['+33644197205'], domains=['ordre-medecins-maj.com'],
  comment="Bonjour,\n\nSMS reçu du 06 44 19 72 05 : \"Ordre des Medecins: votre inscription au tableau doit etre mise a jour sous 48h sous peine de suspension\" avec le lien https://ordre-medecins-maj.com/rpps\n\nVous envoyez des SMS maintenant ?\n\nYann Le Bihan")
R('f_sms_antai', 'moreau', 'typed', subject='amende par SMS', domains=['antai-amendes-gouv.fr'],
  comment="Bonjour, rien à voir avec le DPC mais reçu un SMS \"ANTAI-INFO\" pour une amende de 35 euros à payer sur antai-amendes-gouv.fr. Je vous le signale au cas où d'autres confrères le reçoivent. Bonne journée")
R('f_sms_colis', 'barbier', 'pasted', subject='sms colis', domains=['suivi-colissimo-fr.info'], phones=['+33781205563'],
  comment="reçu du 07 81 20 55 63 :")
R('f_rpps_update', 'lucas', comment="Bonjour,\n\nCe message semble venir du Conseil national mais l'adresse se termine en .org. Est-ce normal ?\n\nCordialement")
R('f_psc_verif', 'weber', comment="Bonjour,\nJ'utilise l'e-CPS tous les jours, est-ce que je dois faire cette vérification ?\nMerci")
R('f_urssaf', 'riviere', comment="Bonjour,\n\nJe suis à jour de mes cotisations. Ça ressemble à une arnaque mais ça fait peur, \"mise en demeure\", \"huissier\"...")
R('f_impots', 'blanchard', 'direct')
R('f_doctolib_pay', 'bertrand', comment="Mon agenda Doctolib fonctionne très bien, je suppose que c'est faux ? Le domaine est doctolib-pro.net.")
R('f_has_eval', 'fabre', comment="Bonjour,\nTiré au sort par la HAS ? Je n'ai jamais entendu parler de ça. Merci de vérifier.\nO. Fabre")
R('f_ars_decl', 'benali', name_only=True, comment="Bonjour,\nMessage reçu sur ma boîte CHU. Je n'ai fait aucune déclaration obligatoire récemment.\nK. Benali")
R('f_banque', 'pelletier', 'direct')
R('f_compromised_form', 'gautier', comment="Bonjour, ce mail vient d'un kiné que je connais (cabinet Dupuis), je lui ai envoyé des patients. Bizarre qu'il me parle de ma certification... Le formulaire demande mon mot de passe !")
R('f_incm', 'collin', 'rfc822', mua='outlook_fr', comment="Bonjour,\n\nCet institut est-il reconnu par l'Ordre ? Le courrier est très bien fait et plusieurs confrères se posent la question.\n\nCordialement,\nDr Collin", subject='INCM - organisme reconnu ?')
R('f_phone_only', 'lemoine', 'pasted', subject='Mail reçu dossier incomplet',
  comment="bonjour je vous copie le texte d'un mail recu ce matin, je n'ai pas appelé le numéro :")
R('f_ameli_reset', 'tanguy', comment="Bonjour,\nJe n'ai pas demandé de réinitialisation et je n'ai jamais mis les pieds à Lagos ! Faut-il cliquer sur \"annuler\" ?\nMarie Tanguy")
R('f_president', 'guerin', 'pasted', subject='Message de la présidente ?',
  comment="Bonjour,\n\nJ'ai reçu ce message qui serait de votre présidente, depuis une adresse gmail (dr.catherine.lemaire.cdom@gmail.com). Je n'ai pas répondu. Voici le texte :\n")
R('f_facture', 'hamon', comment="Nous n'avons jamais commandé chez MediFournitures. Pour info.")
R('f_sextortion', 'kader', 'pasted', subject='chantage',
  comment="Bonjour, j'ai reçu ce message de chantage. Je ne sais pas si je dois porter plainte. Voici le texte copié :")
R('f_mondpc_subdomain', 'giraud', comment="Bonjour,\nL'adresse du lien commence par www.mondpc.fr, donc ça a l'air correct, mais on me demande de confirmer mes coordonnées bancaires. Je n'étais d'ailleurs inscrite à aucune formation sur l'insuffisance cardiaque.\nMerci de votre aide")
R('f_mssante', 'petit', comment="Bonjour,\nMessage reçu ce jour sur ma boîte personnelle. Notre messagerie MSSanté est gérée par l'hôpital. Je vous le transmets pour information.\nCordialement")
R('f_secure_msg', 'kerjean', html_only=True, comment="Bonjour, j'attends effectivement des comptes rendus du CHU. Est-ce que ce message sécurisé est fiable ? Merci")
R('f_plainte', 'fabre', nested='sec_msp', outer_client='thunderbird_fr', orig_to='o.fabre@msp-lesdervallieres.fr',
  comment="Bonjour, pouvez-vous faire suivre au conseil de l'Ordre ? Je n'ai pas le temps aujourd'hui. Je n'ai pas téléchargé le fichier.", outer_comment="Bonjour,\n\nDe la part du Dr Fabre, message reçu ce matin concernant une soi-disant plainte. Merci de nous dire s'il s'agit bien d'un faux.\n\nBien cordialement,")
R('f_andpc_rib', 'moreau', comment="Bonjour,\n\nJ'ai effectivement suivi une formation le 18 janvier et j'attends mon indemnisation... Est-ce que ce mail est vrai ? Je n'ai pas envoyé mon RIB.\n\nJulie")
R('f_annuaire', 'marchal', comment="Bonjour,\n\nVoici encore un annuaire payant. Ma secrétaire a failli signer le formulaire. Pouvez-vous prévenir les confrères ?\n\nDr Marchal")
R('f_rib_comptable', 'lucas', 'pasted', subject='Changement de RIB comptable',
  comment="Bonjour,\n\nNotre SCM a reçu le message ci-dessous (copié depuis le mail). Notre vraie comptable nous a confirmé par téléphone qu'elle n'a jamais changé de banque. L'adresse de réponse était différente de la sienne.\n\n----\n")
R('f_en_signin', 'chevalier', comment="Hi, not sure this is for you but I got this on my pro mailbox. Russia sign-in ??")
R('f_en_inheritance', 'durand', 'pasted', subject='Arnaque à l\'héritage',
  comment="Pour votre collection... Texte du mail reçu :")
R('f_en_netflix', 'lebihan', 'direct')
R('f_en_apple', 'simon', 'octet', mua='free', comment="Bonjour,\nCi-joint un mail en anglais reçu cette nuit.\nDr L. Simon", fname='message.eml')
R('f_en_paypal_phone', 'caradec', comment="Bonjour,\n\nJe n'ai jamais payé 699 dollars à Norton. Il n'y a pas de lien, seulement un numéro de téléphone américain. J'ai failli appeler !\n\nCordialement")
R('f_en_zoom', 'morvan', 'outlook_en', comment="FYI - pas de réunion prévue avec un réseau de cardiologie.")
R('f_en_gdocs', 'leroux', comment="Bonjour,\nCe message vient vraiment de Google (l'adresse est bien google.com) mais je ne connais pas ce Dr Tessier et le document parle de mon inscription. Qu'en pensez-vous ?\nPierre Le Roux")
R('f_en_quota', 'robin', 'direct')
R('f_en_dhl+f_en_wetransfer', 'leroux', 'thunderbird_en', subject='Fwd: 2 messages suspects',
  comment="Bonjour,\n\nDeux messages en anglais reçus le même jour sur mon adresse professionnelle, je les mets à la suite.\n\nCordialement")
R('s_presse+f_doctolib_pay', 'hamon', 'rfc822', mua='outlook_fr', subject='2 mails à vérifier',
  comment="Bonjour,\n\nJe vous joins deux mails reçus cette semaine. Le premier est sans doute de la pub, mais le second parle de mon abonnement Doctolib.\n\nCordialement,")
R('l_cnom_bulletin+f_rpps_update', 'giraud', subject='Fwd: Ordre des médecins - lequel est vrai ?',
  comment="Bonjour,\n\nJ'ai reçu coup sur coup deux mails signés du Conseil national. Lequel est authentique ? Je vous les transfère tous les deux.\n\nMerci beaucoup")

# ================================================================ single reports: spam
R('s_capdpc_elearning', 'weber', comment="Bonjour,\nOrganisme sérieux ou pas ?\nMerci")
R('s_pushy_forfait', 'riviere', comment="Bonjour,\n\nTrès insistant ce mail \"URGENT\". Est-ce qu'ils ont le droit ?\n\nJM Rivière")
R('s_logiciel_agenda', 'collin', 'outlook_en', comment="Pub, for info.")
R('s_ecg_promo', 'morvan', name_only=True, comment="Spam. Je vous le signale car je ne me suis jamais inscrit chez eux.")
R('s_journees_mg', 'legoff', comment="Bonjour, ce congrès est-il reconnu ? Je ne voudrais pas payer pour rien.")
R('s_assurance_rcp', 'pelletier', comment="est ce que c'est légal d'utiliser notre adresse comme ça ?")
R('s_lmnp', 'barbier', comment="")
R('s_webinaire_labo', 'lemoine', html_only=True, comment="bonjour, je ne suis pas inscrite chez ce labo, comment ont il eu mon adresse ?")
R('s_remplacements', 'moreau', comment="Bonjour, je suis remplaçante et je reçois ce type de mails, est-ce une agence sérieuse ? Merci")
R('s_ordonnances', 'durand', comment="A transmettre si utile.")
R('s_teleconsult', 'nguyen', comment="Bonjour,\nCette société de téléconsultation me contacte. Avez-vous des retours ? Je ne veux pas me mettre en porte-à-faux avec la déontologie.\nDr Nguyen")
R('s_etude_remuneree', 'gautier', comment="C'est normal d'être payé pour répondre à une étude ?")
R('s_burnout', 'rousseau', comment="Bonjour, pub reçue. Pas d'inquiétude, juste pour info.")
R('s_comptable', 'kerjean', comment="Publicité. Est-ce que vous pouvez faire quelque chose contre ces envois ?")
R('s_siteweb', 'blanchard', 'pasted', subject='démarchage site internet',
  comment="Bonjour, je vous copie ce mail reçu, ils insistent beaucoup, ils ont appelé deux fois au cabinet. Est-ce compatible avec notre code de déontologie ?\n\n")
R('s_solaire', 'bertrand', 'direct')
R('s_cp_prep', 'hamon', comment="Bonjour,\n\nEncore un organisme qui parle de certification périodique. Celui-ci dit au moins que c'est l'Ordre qui valide. Fiable ?\n\nCordialement")
R('s_sms_fauteuil', 'kader', 'typed', subject='pub sms', domains=['medequip.fr'],
  comment="Bonjour, je reçois des SMS publicitaires de MEDEQUIP sur mon portable perso (promo sur les divans d'examen, lien medequip.fr/promo). Comment ont-ils eu mon numéro ? Merci")
R('s_en_journal', 'fabre', 'direct')
R('s_en_ultrasound', 'caradec', comment="Pub en anglais, je ne sais pas si c'est dangereux.")
R('s_en_dermato', 'bertrand', comment="Bonjour, je suis dermatologue, je reçois ces invitations toutes les semaines. Conférences bidon ?")
R('s_en_scribe', 'leroux', comment="")
R('s_en_leads', 'petit', 'pasted', subject='Vente de fichiers de médecins',
  comment="Bonjour,\nVoici le texte d'un mail reçu : une société propose de vendre les adresses de 62 000 médecins français. Cela pose question sur la protection de nos données.\n\n")
R('s_en_panel', 'chevalier', comment="Survey for money, legit?")
R('s_en_cme', 'weber', 'rfc822', mua='apple_fr', comment="Bonjour, je vous transmets en pièce jointe, je ne sais pas comment ils ont eu mon adresse.")

# ================================================================ single reports: legitimate
R('l_mondpc_reset', 'guerin', comment="Bonjour,\n\nJ'ai bien demandé un nouveau mot de passe hier soir mais avec votre circulaire j'ai un doute. Est-ce que je peux cliquer ?\n\nFG")
R('l_ameli_riap', 'morvan', name_only=True, comment="Bonjour, ce message est-il authentique ?")
R('l_urssaf_echeance', 'lebihan', comment="Vrai message de l'URSSAF ?")
R('l_cdom_cotisation', 'marchal', comment="Bonjour,\n\nAprès le faux appel de cotisation de la semaine dernière, je voudrais être sûr que celui-ci vient bien de vous.\n\nBien à vous")
R('l_cdom_conciliation', 'lucas', 'octet', mua='outlook_fr', comment="Bonjour,\n\nJe reçois cette convocation. Compte tenu des faux messages de \"chambre disciplinaire\" qui circulent, pouvez-vous me confirmer qu'elle émane bien du conseil ?\n\nDr Lucas", fname='Convocation conciliation.eml')
R('l_psc_newlogin', 'petit', comment="Bonjour,\nJe me suis effectivement connectée ce matin depuis le nouveau poste du service. Ce mail est-il normal ?\nN. Petit")
R('l_doctolib_reset', 'sec_lucas', comment="Bonjour,\n\nJ'ai demandé la réinitialisation de mon mot de passe Doctolib ce matin. Après votre note sur les faux mails, je préfère vous le soumettre avant de cliquer.\n\nCordialement,")
R('l_has_news', 'tanguy', comment="Bonjour,\nCette lettre parle de certification périodique, est-ce bien la HAS ?\nMerci")
R('l_ars_rougeole', 'benali', safelinks=True, comment="Bonjour,\n\nMessage \"URGENT\" reçu de l'ARS, je souhaite m'assurer qu'il s'agit bien d'une alerte officielle avant de la diffuser au service.\n\nDr Benali")
R('l_dgs_urgent', 'collin', 'rfc822', mua='outlook_fr', comment="Bonjour,\nMessage DGS-Urgent reçu sur l'adresse du cabinet. Authentique ?\nCordialement")
R('l_impots_avis', 'blanchard', comment="bonjour, l'adresse de l'expéditeur n'est pas impots.gouv.fr mais dgfip.finances.gouv.fr, normal ?")
R('l_colleague_cr', 'legoff', 'pasted', subject='Mail d\'un cardiologue',
  comment="Bonjour,\n\nJe reçois ce mail d'un cardiologue avec lequel je travaille, mais depuis une adresse gmail et sans pièce jointe alors qu'il parle d'un compte rendu. Je me méfie depuis l'histoire du kiné piraté. Voici le texte :\n\n")
R('l_patient', 'pelletier', comment="Bonjour un patient m'écrit sur ma boîte perso, je ne sais pas comment il a eu mon adresse. C'est une arnaque ?")
R('l_chu_rcp', 'robin', comment="Bonjour,\nJe n'ai pas souvenir d'avoir adressé ce patient. Est-ce un vrai mail du CHU ?\nCécile Robin")
R('l_labo_resultats', 'giraud', comment="Bonjour, on m'a dit de me méfier des liens... celui-ci vient de mon labo habituel. Je peux cliquer ?")
R('l_en_mscode', 'faure', comment="Bonjour,\n\nJ'ai reçu ce code Microsoft alors que je créais un compte Teams pour la MSP. C'est normal ?\n\nMathieu")
R('l_en_google_alert', 'kader', comment="bonjour c est moi qui me suis connecté sur le nouvel ordinateur du cabinet mais je voulais être sûr que c est bien Google")
R('l_en_review', 'riviere', comment="Bonjour,\n\nInvitation à relire un article pour une revue anglaise. Je n'ai jamais publié, pourquoi moi ? Arnaque ?\n\nJM Rivière")
R('l_en_erasmus', 'pelletier', 'pasted', subject='Demande de stage étudiant',
  comment="Bonjour\nJe vous copie le mail d'une collègue polonaise, je ne la connais pas. Est-ce qu'il faut se méfier ?\n\n")
R('l_en_zoom_invite', 'caradec', comment="Bonjour, lien Zoom envoyé par un confrère néerlandais que je connais. Vu le nombre de faux Zoom, je vérifie.")
R('l_docusign_real', 'morvan', comment="Bonjour,\n\nAprès le faux DocuSign de mars, je reçois celui-ci de la clinique où je vais exercer. Il correspond à ce qu'on m'a annoncé. Pouvez-vous vérifier avant que je signe ?\n\nCordialement")
R('l_cnom_bulletin', 'nguyen', comment="Bonjour,\nEst-ce bien le bulletin de l'Ordre ?\nMerci")
R('l_cpam_entretien', 'hamon', comment="Bonjour,\n\nLa CPAM veut me \"convoquer\" pour mes arrêts de travail. Est-ce un vrai courriel ? Dois-je me faire accompagner ?\n\nCordialement")
R('l_mailiz', 'durand', comment="Bonjour, Mailiz, c'est bien la messagerie de l'Ordre ?")
R('l_andpc_inscription', 'legoff', comment="Bonjour,\n\nCette fois je me suis bien inscrite moi-même sur mondpc.fr. Le mail de confirmation est bien authentique ?\n\nMerci, Sophie Le Goff")
R('l_orga_confirm', 'legoff', 'rfc822', mua='gmail_fr', comment="Et voici celui de l'organisme, reçu le même jour. Ils ne demandent rien, mais je préfère vérifier. Merci encore")
R('l_urssaf_radiation', 'fabre', comment="Bonjour,\n\nLe mot \"radiation\" m'a fait sursauter. Il s'agit de l'URSSAF pour l'activité au centre de santé que j'ai arrêtée fin décembre. Rien à voir avec l'Ordre j'imagine ?\n\nO. Fabre")
R('l_carmf', 'simon', comment="Vrai ou faux ? Merci")
R('l_elections', 'lemoine', comment="bonjour je n'ai rien reçu par la poste pour voter, ce mail est il de vous ?")
R('l_doctolib_facture', 'bertrand', comment="Bonjour, après le faux Doctolib de la semaine dernière, voici un mail de facture. Celui-ci est-il authentique ?")
R('l_servicepublic', 'rousseau', comment="Bonjour j'ai fait un changement d'adresse hier, je voulais juste être sûre.")
R('l_remplacant_rib', 'marchal', 'pasted', subject='RIB de ma remplaçante',
  comment="Bonjour,\n\nSuite à votre alerte sur les changements de RIB, je préfère vérifier : ma remplaçante m'envoie son RIB par mail. C'est la même adresse que d'habitude. Voici son message :\n\n")
R('l_sms_amelipro', 'gautier', 'typed', subject='SMS ameli',
  comment="Bonjour, je viens de recevoir un SMS \"AMELIPRO\" avec un code de connexion amelipro, au moment où je me connectais à amelipro. Je n'ai transmis le code à personne. Juste pour être sûre que c'est normal ?")
R('l_association', 'robin', comment="Bonjour,\nAssociation que je ne connais pas. Ils demandent une cotisation. Est-ce sérieux ?")
R('l_logiciel_maj', 'kerjean', 'rfc822', mua='owa_fr', comment="Bonjour,\nMail de notre éditeur de logiciel avec \"action requise\". Pouvez-vous me dire s'il est authentique ?\nGwen Kerjean")
R('l_en_ncbi', 'chevalier', comment="I did ask for a new PubMed password, just checking this is the real one.")
R('l_en_esc', 'morvan', 'outlook_en', comment="Inscription à l'ESC. Vrai mail ?")
R('l_en_linkedin', 'lebihan', comment="spam linkedin ?")
R('l_en_colleague_uk', 'pelletier', 'octet', mua='orange', comment="Bonjour ci joint un mail reçu d'un hôpital écossais à propos d'un de mes patients. Je ne sais pas s'il faut répondre.", fname='mail_hopital_ecosse.eml')

# mailbox order: deterministic mix (a stable hash, not the writing order)
import hashlib as _h
REPORTS.sort(key=lambda r: _h.sha1((r['orig'] + '|' + r['by']).encode()).hexdigest())
