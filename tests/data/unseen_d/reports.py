# -*- coding: utf-8 -*-
"""Reporters, their comments and how each report is laid out (used by build.py)."""
import random


def R(name, addr, last, first, sig='', phones=()):
    return dict(name=name, addr=addr, last=last, first=first, sig=sig, phones=list(phones))


REPORTERS = {
    'martin': R('Dr Philippe Martin', 'ph.martin71@orange.fr', 'Martin', 'Philippe',
                'Dr Philippe Martin\nMédecin généraliste\n14 rue de la République, 71000 Mâcon\nTél. 03 85 38 12 47',
                ['+33385381247']),
    'lefevre': R('Anne Lefèvre', 'anne.lefevre.md@gmail.com', 'Lefèvre', 'Anne',
                 'Dr Anne Lefèvre\nPédiatre - Chalon-sur-Saône\nRDV : https://www.doctolib.fr/pediatre/chalon-sur-saone/anne-lefevre'),
    'garnier': R('Garnier Jean-Marc', 'jm.garnier@wanadoo.fr', 'Garnier', 'Jean-Marc'),
    'rousseau': R('Dr Claire Rousseau', 'claire.rousseau@medecin.mssante.fr', 'Rousseau', 'Claire',
                  'Claire Rousseau\nMédecin du travail - SST 71\n06 12 45 78 90', ['+33612457890']),
    'bernard': R('Thomas Bernard', 'thomas.bernard@cabinet-bernard-autun.fr', 'Bernard', 'Thomas',
                 'Dr Thomas Bernard\nCabinet médical des Ursulines - Autun\n03 85 52 14 66 | www.cabinet-bernard-autun.fr',
                 ['+33385521466']),
    'petit': R('Sophie Petit', 'sophie.petit.71@sfr.fr', 'Petit', 'Sophie'),
    'moreau': R('Dr Laurent Moreau', 'l.moreau@ch-chalon71.fr', 'Moreau', 'Laurent',
                'Dr Laurent Moreau\nPraticien hospitalier - Urgences\nCentre hospitalier William Morey\nPoste 6123'),
    'simon': R('Simon Marie-Hélène', 'mh.simon@free.fr', 'Simon', 'Marie-Hélène', 'MH Simon'),
    'laurent': R('Dr Éric Laurent', 'eric.laurent58@yahoo.fr', 'Laurent', 'Éric',
                 'Eric Laurent - 06 88 14 52 03', ['+33688145203']),
    'michel': R('Michel Nathalie', 'nathalie.michel@laposte.net', 'Michel', 'Nathalie',
                'Dr N. Michel, dermatologue\n2 place du Marché 71100 Chalon\n03 85 48 90 11', ['+33385489011']),
    'david': R('Julien David', 'julien.david@icloud.com', 'David', 'Julien'),
    'bertrand': R('Dr Bertrand Isabelle', 'isabelle.bertrand@outlook.fr', 'Bertrand', 'Isabelle',
                  'Isabelle Bertrand\nPsychiatre\nCabinet : 03 85 21 67 34', ['+33385216734']),
    'roux': R('Pierre Roux', 'pierre.roux.mg@gmail.com', 'Roux', 'Pierre', 'Pierre Roux\nMG remplaçant\n07 68 22 41 90',
              ['+33768224190']),
    'vincent': R('Dr Hélène Vincent', 'helene.vincent@me.com', 'Vincent', 'Hélène'),
    'fournier': R('Fournier Olivier', 'olivier.fournier@orange.fr', 'Fournier', 'Olivier',
                  'Dr Olivier Fournier\nGastro-entérologue\nClinique du Val de Saône\nhttps://www.clinique-valdesaone.fr',
                  []),
    'morel': R('Morel Agnès', 'agnes.morel@sfr.fr', 'Morel', 'Agnès'),
    'girard': R('Dr Mathieu Girard', 'mathieu.girard@msp-tournus.fr', 'Girard', 'Mathieu',
                'Dr Mathieu Girard\nMaison de santé de Tournus\nTél : 03 85 51 08 72 - Fax : 03 85 51 08 79',
                ['+33385510872', '+33385510879']),
    'andre': R('Andre Christine', 'christine.andre71@free.fr', 'André', 'Christine'),
    'mercier': R('Paul Mercier', 'paul.mercier.cardio@gmail.com', 'Mercier', 'Paul',
                 'Dr Paul Mercier\nCardiologue\nhttps://cardio-mercier.fr'),
    'blanc': R('Dr Camille Blanc', 'camille.blanc@chu-dijon.fr', 'Blanc', 'Camille',
               'Camille BLANC\nInterne DES médecine générale - 7e semestre\nCHU Dijon Bourgogne'),
    'guerin': R('Guérin François', 'francois.guerin@wanadoo.fr', 'Guérin', 'François',
                'François Guérin\nMédecin retraité, remplaçant occasionnel'),
    'boyer': R('Dr Sandrine Boyer', 'sandrine.boyer@hotmail.fr', 'Boyer', 'Sandrine',
               'Dr S. Boyer - Gynécologie médicale\n06 45 98 12 30', ['+33645981230']),
    'faure': R('Lucas Faure', 'lucas.faure.medecin@gmail.com', 'Faure', 'Lucas'),
    'lambert': R('Dr Yves Lambert', 'dr.yves.lambert@orange.fr', 'Lambert', 'Yves',
                 'Dr Yves LAMBERT\nRhumatologue - 03 85 93 44 10', ['+33385934410']),
    'bonnet': R('Emma Bonnet', 'emma.bonnet@yahoo.fr', 'Bonnet', 'Emma'),
    'chevalier': R('Dr Hugo Chevalier', 'hugo.chevalier@medecin.mssante.fr', 'Chevalier', 'Hugo',
                   'Dr Hugo Chevalier\nSOS Médecins Mâcon'),
    'muller': R('Dr Karine Muller', 'k.muller@laposte.net', 'Muller', 'Karine', 'Karine Muller'),
    'legrand': R('Legrand Antoine', 'antoine.legrand@icloud.com', 'Legrand', 'Antoine'),
    'perrin': R('Dr Nathalie Perrin', 'n.perrin@cabinet-saint-vincent.fr', 'Perrin', 'Nathalie',
                'Dr Nathalie PERRIN\nMédecine générale - Ostéopathie\nCabinet Saint-Vincent, 71000 Mâcon\n03 85 39 22 18',
                ['+33385392218']),
    'clement': R('Dr Rémi Clément', 'remi.clement@outlook.com', 'Clément', 'Rémi',
                 'Rémi Clément, MD\nOphtalmologie', []),
    'smith': R('Dr James Carter', 'james.carter.doc@gmail.com', 'Carter', 'James',
               'James Carter MD\nMédecin généraliste (exercice en France depuis 2019)\n+33 6 31 77 84 20',
               ['+33631778420']),
    'dumont': R('Dumont Gilles', 'gilles.dumont@free.fr', 'Dumont', 'Gilles'),
    'noel': R('Dr Pauline Noël', 'pauline.noel@orange.fr', 'Noël', 'Pauline',
              'Pauline Noël - Médecin scolaire', []),
    'henry': R('Henry Marc', 'marc.henry@wanadoo.fr', 'Henry', 'Marc', '-- \nDr M. Henry\n03 85 59 10 02',
               ['+33385591002']),
    'robin': R('Dr Élodie Robin', 'elodie.robin@gmail.com', 'Robin', 'Élodie',
               'Élodie Robin\nMédecin généraliste - Cluny'),
    'colin': R('Colin Stéphane', 'stephane.colin@sfr.fr', 'Colin', 'Stéphane', 'S. Colin'),
    'gautier': R('Dr Marion Gautier', 'marion.gautier@yahoo.fr', 'Gautier', 'Marion'),
    'lemaire': R('Lemaire Dominique', 'd.lemaire@cabinet-lemaire.fr', 'Lemaire', 'Dominique',
                 'Dr Dominique Lemaire\nAngiologue\n03 85 46 70 55 - www.cabinet-lemaire.fr', ['+33385467055']),
    'brun': R('Dr Sylvie Brun', 'sylvie.brun@laposte.net', 'Brun', 'Sylvie'),
    'schmitt': R('Dr Frédéric Schmitt', 'frederic.schmitt@orange.fr', 'Schmitt', 'Frédéric',
                 'Dr F. Schmitt\nORL - Clinique Sainte-Marie'),
    # secretaries (nested forwards)
    'sec_perrin': R('Secrétariat Cabinet Saint-Vincent', 'secretariat@cabinet-saint-vincent.fr', '', '',
                    'Valérie\nSecrétariat médical - Cabinet Saint-Vincent\n03 85 39 22 10', ['+33385392210']),
    'sec_msp': R('Accueil MSP Tournus', 'accueil@msp-tournus.fr', '', '',
                 'Maison de santé pluriprofessionnelle de Tournus\nAccueil - 03 85 51 08 70', ['+33385510870']),
    'sec_bernard': R('Secrétariat Dr Bernard', 'secretariat@cabinet-bernard-autun.fr', '', '', 'Corinne, secrétaire'),
    'sec_lemaire': R('Cabinet Lemaire - secrétariat', 'secretariat@cabinet-lemaire.fr', '', '', ''),
}

GREETS = {
    'dirreg_cp': lambda r: 'Docteur %s,' % r['last'],
    'andpc_reset': lambda r: 'Bonjour Dr %s,' % r['last'],
    'ordre_cotis': lambda r: 'Cher Docteur %s,' % r['last'].upper(),
    'ms365_share': lambda r: 'Secrétariat médical',
    'medformation': lambda r: 'Bonjour Docteur %s,' % r['last'],
    'doctolib_fake': lambda r: 'Bonjour Dr %s %s,' % (r['first'], r['last']),
    'jnmg': lambda r: 'Chère consœur, cher confrère,',
    'urssaf_fake': lambda r: 'Bonjour %s %s,' % (r['first'], r['last'].upper()),
    'ans_cp': lambda r: 'Bonjour Docteur %s %s,' % (r['first'], r['last']),
    'cdom_elections': lambda r: 'Chère consœur, cher confrère,',
    'ameli_sms': lambda r: '',
    'cpf_dpc_call': lambda r: '',
}


def S(orig, style, rep, comment='', **opts):
    d = dict(orig=orig, style=style, rep=rep, comment=comment)
    for k in ('greet', 'tk', 'delay_h', 'expect_domains'):
        if k in opts:
            d[k] = opts.pop(k)
    d['opts'] = opts
    return d


REPORTS = [
    # ---------------------------------------------------------------- campaign: direction régionale CP
    S('c01_dirreg_cp', 'gmail_fr', 'lefevre', 'Bonjour,\nEst-ce une arnaque ? Je ne connais pas cette direction régionale.\nMerci'),
    S('c01_dirreg_cp', 'outlook_fr', 'bernard', ''),
    S('c01_dirreg_cp', 'att822_tb', 'dumont', "Bonjour,\n\nJe vous transmets en pièce jointe ce courriel reçu hier soir. Il me paraît douteux "
      "(menace de suspension, numéro de téléphone non officiel) mais je préfère vous demander avant de l'effacer.\n\nBien "
      "confraternellement,\nG. Dumont"),
    S('c01_dirreg_cp', 'ios_fr', 'vincent', 'Reçu ce matin. Je n\'ai rien demandé à personne !!'),
    S('c01_dirreg_cp', 'direct', 'martin', victim='martin', greet='Docteur,'),
    S('c01_dirreg_cp', 'pasted', 'noel', "Bonjour,\nj'ai reçu ce mail de la \"Direction Régionale Certification Périodique\", "
      "je vous le copie ci-dessous. Ma boîte académique ne permet pas de transférer vers l'extérieur.\nCordialement\nP. Noël",
      client='gmail_fr', subject='mail certification périodique', paste_subject='Objet : %s'),
    # ---------------------------------------------------------------- campaign: fake Mon DPC reset
    S('c02_andpc_reset', 'orange', 'martin', "je n'ai jamais demandé de changer mon mot de passe"),
    S('c02_andpc_reset', 'owa_fr', 'clement', 'Pour information.'),
    S('c02_andpc_reset', 'apple_fr', 'legrand', "Bonjour, ce mail semble venir de l'ANDPC mais le lien ne correspond pas. "
      "Pouvez-vous confirmer ?"),
    S('c02_andpc_reset', 'yahoo', 'gautier', ''),
    S('c02_andpc_reset', 'outlook_fr', 'sec_perrin', "Bonjour,\n\nLe Dr Perrin me demande de vous transférer ce message pour "
      "signalement.\n\nCordialement,", nest=('gmail_fr', 'perrin', 'Valérie, peux-tu transmettre à l\'Ordre stp ? merci')),
    # ---------------------------------------------------------------- campaign: SMS ameli pro
    S('c03_ameli_sms', 'pasted', 'petit', 'SMS reçu ce soir de AMELI-PRO :', client='sfr', subject='sms arnaque ?'),
    S('c03_ameli_sms', 'pasted', 'henry', 'Bonsoir, je vous copie un SMS reçu à 19h03 :', client='outlook_fr',
      subject='SMS suspect carte CPS', sms_pre='« ', after='»\n\nMa carte CPS expire en 2027 ! Bonne soirée.'),
    S('c03_ameli_sms', 'typed', 'roux', "Bonjour,\nJ'ai reçu un SMS soi-disant d'AMELI PRO disant que ma carte CPS expire et que mes "
      "télétransmissions seront suspendues le 8/11. Le lien était ameli-pro-renouvellement.info/cps, je n'ai pas cliqué.\nPierre Roux",
      subject='SMS ameli pro'),
    S('c03_ameli_sms', 'typed', 'bonnet', "bonjour, sms reçu hier \"AMELI PRO\" qui parle de renouveler ma carte CPS avec un lien "
      "https://ameli-pro-renouvellement.info/cps . C'est officiel ou pas ? merci", client='yahoo', subject='sms'),
    S('c03_ameli_sms', 'typed', 'guerin', "Madame, Monsieur,\n\nMon épouse a reçu sur mon téléphone un SMS signé AMELI PRO demandant "
      "de renouveler ma carte CPS via un lien internet. Je ne l'ai pas ouvert et j'ai supprimé le message, je n'ai donc plus "
      "l'adresse exacte. Je vous le signale comme vous le demandez dans le dernier bulletin.\n\nBien à vous,", client='orange',
      subject='Signalement SMS frauduleux'),
    # ---------------------------------------------------------------- campaign: fake cotisation ordinale
    S('c04_ordre_cotis', 'tb_fr', 'schmitt', "Bonjour,\nJ'ai pourtant réglé ma cotisation en janvier par prélèvement. "
      "Est-ce bien vous ?\nCordialement"),
    S('c04_ordre_cotis', 'samsung', 'colin', 'Cest vous ?'),
    S('c04_ordre_cotis', 'free', 'andre', "Bonjour,\nmail reçu ce jour, l'adresse ne ressemble pas à la vôtre.\nChristine André"),
    S('c04_ordre_cotis', 'att822_ol', 'lambert', "Madame, Monsieur,\n\nVeuillez trouver ci-joint un courriel me menaçant de radiation "
      "pour une cotisation que j'ai déjà payée. Je suppose qu'il s'agit d'une escroquerie mais je souhaiterais une confirmation "
      "écrite de votre part que je suis à jour de ma cotisation 2025.\n\nSalutations distinguées"),
    # ---------------------------------------------------------------- campaign: SharePoint lure (EN)
    S('c05_ms365_share', 'outlook_en', 'moreau', 'Reçu sur ma boîte de l\'hôpital, la DSI dit de vous le signaler aussi.',
      greet='Urgences CH Chalon'),
    S('c05_ms365_share', 'owa_en', 'blanc', 'Hello, phishing ? (reçu sur ma boîte CHU)', greet='Secretariat Pole Medecine'),
    S('c05_ms365_share', 'gmail_en', 'smith', 'Hi, I think this one is phishing, the link goes to a web.app page. FYI.',
      greet='Cabinet medical des Vignes'),
    S('c05_ms365_share', 'att_octet', 'lemaire', '', greet='Planning Cabinet Lemaire', client='orange',
      fname='message.eml', subject='Fwd: fichier partagé ???'),
    # ---------------------------------------------------------------- campaign: phone call "plateforme nationale"
    S('c06_cpf_dpc_call', 'typed', 'michel', "Bonjour,\n\nCe matin vers 11h30, mon secrétariat m'a passé une femme qui se disait "
      "« conseillère de la plateforme nationale de certification ». Elle affirmait que mon quota DPC 2024 serait perdu si je "
      "ne créais pas mon compte avec elle immédiatement, et m'a demandé mon identifiant et mon mot de passe Mon DPC. J'ai "
      "raccroché. Le numéro affiché était le 09 74 59 12 88.\n\nCordialement,", client='laposte',
      subject='Démarchage téléphonique DPC'),
    S('c06_cpf_dpc_call', 'typed', 'faure', "Appel reçu à 14h du 09.74.59.12.88, une dame très insistante qui parle de mes droits "
      "DPC qui vont expirer. Elle voulait mes codes. Je signale.", subject='appel DPC'),
    S('c06_cpf_dpc_call', 'typed', 'boyer', "Bonjour\nDeuxième appel cette semaine du 0974591288. Même discours : plateforme "
      "nationale, quota perdu, création de compte. Elle connaissait mon nom et mon adresse de cabinet. Que faire ?",
      client='outlook_fr', subject='Démarchage DPC - 2e appel'),
    S('c06_cpf_dpc_call', 'typed', 'robin', "Bonjour,\nje vous signale un appel du +33 9 74 59 12 88 : une personne se présentant "
      "de la « plateforme nationale de certification » m'a demandé de lui donner mon mot de passe mondpc pour « sauver mon "
      "budget formation ». Je n'ai rien donné.\nÉlodie Robin", client='gmail_fr', subject='Signalement appel'),
    S('c06_cpf_dpc_call', 'typed', 'simon', "bjr je viens d'avoir un appel de 09 74 59 12 88 pour le DPC, elle dit venir d'une "
      "plateforme nationale et que je vais perdre mes droits, j'ai dit que j'appelais l'ordre, elle a raccroché.",
      client='free', subject='Appel ce jour'),
    # ---------------------------------------------------------------- campaign: genuine ANS certification périodique
    S('c07_ans_cp_genuine', 'gmail_fr', 'roux', "Bonjour, après tous les faux mails de ces derniers mois je n'ose plus rien ouvrir. "
      "Celui-ci est-il vraiment de l'ANS ?\nMerci"),
    S('c07_ans_cp_genuine', 'outlook_fr', 'girard', 'Pour vérification SVP. Merci.'),
    S('c07_ans_cp_genuine', 'legacy', 'guerin', "Bonjour,\nJe suis retraité et fais quelques remplacements, suis-je concerné par ce "
      "message ? Est-il authentique ?\nF. Guérin"),
    S('c07_ans_cp_genuine', 'laposte', 'muller', ''),
    S('c07_ans_cp_genuine', 'ios_fr', 'david', 'Vrai ou faux ?'),
    S('c07_ans_cp_genuine', 'tb_fr', 'fournier', "Bonjour,\n\nUn confrère m'a dit que l'ANS ne contactait jamais les médecins, or ce "
      "mail vient de l'ANS. Pouvez-vous m'éclairer ?\n\nBien cordialement"),
    # ---------------------------------------------------------------- campaign: MedFormation (honest training organisation)
    S('c08_formation_spam', 'sfr', 'morel', "Encore une formation DPC... C'est sérieux ?"),
    S('c08_formation_spam', 'gmail_fr', 'faure', ''),
    S('c08_formation_spam', 'apple_fr', 'vincent', "Bonjour, je reçois ce type de mail toutes les semaines. Peut-on les faire "
      "cesser ? Est-ce autorisé ?"),
    S('c08_formation_spam', 'outlook_fr', 'perrin', 'Organisme fiable ? Merci de votre retour.', html_only=True),
    S('c08_formation_spam', 'yahoo', 'bonnet', 'est ce que ces formations sont vraiment prises en charge ??'),
    # ---------------------------------------------------------------- campaign: fake Doctolib
    S('c09_doctolib_fake', 'gmail_fr', 'mercier', 'Doctolib me demande mes coordonnées bancaires par mail, ça me paraît louche.'),
    S('c09_doctolib_fake', 'owa_fr', 'bertrand', ''),
    S('c09_doctolib_fake', 'samsung', 'laurent', 'Phishing je pense'),
    S('c09_doctolib_fake', 'att822_tb', 'chevalier', "Bonjour,\nCi-joint un mail reçu à 22h41, soi-disant Doctolib. Je ne suis "
      "même pas sur Doctolib.\nHugo Chevalier"),
    # ---------------------------------------------------------------- campaign: congress JNMG
    S('c10_congres_spam', 'orange', 'lambert', 'Comment ont-ils eu mon adresse ?'),
    S('c10_congres_spam', 'free', 'dumont', ''),
    S('c10_congres_spam', 'outlook_fr', 'bernard', "Bonjour,\nPouvez-vous me dire si ce congrès est reconnu ? Merci."),
    # ---------------------------------------------------------------- campaign: fake URSSAF refund
    S('c11_urssaf_fake', 'laposte', 'brun', 'Remboursement URSSAF, vraiment ?'),
    S('c11_urssaf_fake', 'gmail_fr', 'robin', ''),
    S('c11_urssaf_fake', 'ios_fr', 'legrand', 'Arnaque ?'),
    S('c11_urssaf_fake', 'legacy', 'lemaire', 'A toutes fins utiles.\nDr Lemaire'),
    # ---------------------------------------------------------------- campaign: genuine CDOM elections
    S('c12_cdom_ag', 'gmail_fr', 'roux', 'Bonjour, vote électronique... Ce mail est-il bien de vous ? Merci'),
    S('c12_cdom_ag', 'outlook_fr', 'girard', 'Est-ce bien vous ?', name_only=True),
    S('c12_cdom_ag', 'apple_fr', 'vincent', "Bonjour,\nOn m'annonce des identifiants de vote par mail : est-ce normal ? "
      "Avec toutes les arnaques en cours je me méfie.\nHélène Vincent"),
]

REPORTS += [
    # ---------------------------------------------------------------- frauds FR
    S('f01_mondpc_quota', 'att822_tb', 'fournier', "Bonjour,\nCi-joint un message reçu ce matin. Il demande mes identifiants "
      "Mon DPC.\nCordialement,\nO. Fournier"),
    S('f02_ps_connect', 'att822_ol', 'moreau', 'Bonjour, je n\'ai pas d\'e-CPS à ma connaissance. Arnaque ?'),
    S('f03_ars_vaccin', 'gmail_fr', 'robin', "Bonjour,\nj'ai bien vacciné cet hiver au cabinet mais je n'ai jamais entendu "
      "parler d'une indemnité. L'adresse est un gmail. Dois-je répondre ?"),
    S('f04_has_survey', 'yahoo', 'bonnet', ''),
    S('f05_impots', 'samsung', 'colin', 'Transfert pour info'),
    S('f06_cnom_radiation_phone', 'pasted', 'michel', "Bonjour,\n\nJe viens de recevoir ce message très inquiétant, que je vous "
      "copie. Je n'ai pas appelé le numéro. Est-ce que j'ai réellement une procédure en cours ? Je suis très inquiète, je "
      "n'ai jamais eu de problème avec l'Ordre en 25 ans d'exercice.\n\nDr Michel", client='laposte',
      subject='Procédure de radiation ???', paste_subject='%s'),
    S('f07_compromised_colleague', 'outlook_fr', 'sec_msp', "Bonjour,\nLe Dr Girard vous transfère ce message reçu d'une consœur "
      "dont la boîte semble piratée.\nBien cordialement",
      nest=('gmail_fr', 'girard', 'Pouvez-vous transmettre à l\'Ordre ? Hélène Vasseur m\'a appelé pour dire que ce n\'était pas elle.')),
    S('f08_banque_pro', 'gmail_fr', 'faure', '', html_only=True),
    S('f09_ameli_mail', 'outlook_fr', 'perrin', "Bonjour,\nMail reçu concernant la ROSP. Le lien affiche www.ameli.fr mais "
      "quand je passe la souris dessus c'est une autre adresse.\nCordialement", name_only=True),
    S('f10_dpc_cabinet_phone_only', 'pasted', 'henry', 'Copie du mail reçu :', client='outlook_fr',
      subject='Fw certification', paste_subject='Objet : %s'),
    S('f11_antai+l15_impots_real', 'gmail_fr', 'mercier', "Bonjour,\nJ'ai reçu ces deux messages la même semaine. Lequel est "
      "authentique ? Je m'y perds.\nMerci"),
    S('f12_colis', 'orange', 'garnier', ''),
    S('f13_ordre_faux_annuaire', 'tb_fr', 'schmitt', "Bonjour,\nCet annuaire a-t-il un lien avec l'Ordre ? Ma secrétaire a "
      "failli signer le formulaire papier reçu en même temps.\nF. Schmitt"),
    S('f14_mssante_quota', 'att_octet', 'rousseau', 'Bonjour, mail reçu sur ma messagerie sécurisée ??', client='gmail_fr',
      fname='quota.eml', subject='MSSanté quota'),
    S('f15_dpc_pushy_fake_org', 'apple_fr', 'david', "Bonjour,\nEst-ce que ce « Pôle National DPC » existe ? Ils parlent de "
      "sanctions ordinales.\nJulien David"),
    S('f16_sante_gouv_fake', 'outlook_fr', 'lambert', 'Pour info, je n\'ai trouvé aucun décret de ce type.', name_only=True),
    S('f17_rib_change', 'pasted', 'bertrand', "Bonjour,\n\nMon comptable m'assure ne jamais avoir envoyé ce message (sa boîte a été "
      "piratée). Je vous le transmets à toutes fins utiles, copié ci-dessous.\n\nIsabelle Bertrand", client='outlook_fr',
      subject='Tentative de fraude au RIB'),
    S('f18_conges_ordre_typo', 'free', 'simon', 'Arnaque évidente mais je préviens quand même.'),
    S('f19_docusign_fr', 'att822_tb', 'dumont', "Bonjour,\nJe n'ai pas de remplaçant en août et je ne connais pas de Dr Faure.\nG. Dumont"),
    S('f20_certif_sms', 'typed', 'lefevre', "Bonjour,\nJe viens de recevoir un SMS du 07 57 83 10 46 : « Dr, votre certification "
      "periodique n'est pas validee. Sans action sous 72h votre dossier sera transmis pour radiation. » avec un lien "
      "certif-medecin.fr/v\nJe n'ai pas cliqué. Est-ce normal ?\nAnne Lefèvre", subject='SMS radiation'),
    S('f21_impots_sms', 'pasted', 'muller', 'SMS :', client='laposte', subject='SMS impots',
      after='Je pensais que les impôts n\'envoyaient pas de SMS ?'),
    S('f22_call_ans', 'typed', 'perrin', "Bonjour,\n\nJe vous signale un appel reçu cet après-midi au cabinet. Un homme appelant "
      "du 01 89 71 36 04 disait appeler « de la part de l'ANS » pour finaliser mon espace de certification périodique. Il m'a "
      "demandé de lui lire le code que je venais de recevoir par SMS. J'ai refusé et raccroché.\n\nDr Perrin",
      client='outlook_fr', subject='Appel frauduleux se réclamant de l\'ANS'),
    S('f23_call_radiation', 'typed', 'garnier', "Appel masqué ce matin, rappel demandé au 05 35 54 18 92. Le monsieur disait "
      "être de la « direction régionale de certification », me menaçait de radiation et voulait 390 € de frais de dossier par "
      "carte. C'est vous la direction régionale ?", client='orange', subject='radiation ?'),
    S('f24_sms_vitale', 'typed', 'bonnet', "bonjour\nj'ai recu un sms ameli me demandant 1,50 euros pour une carte vitale avec le "
      "lien carte-vitale-ameli.com/suivi. c'est une arnaque je suppose ?", client='yahoo', subject='sms ameli'),
    S('f25_sms_dpc_offer', 'pasted', 'roux', 'Copie du SMS reçu de DPC-INFO :', subject='SMS DPC-INFO'),
    S('f26_m365_expiry', 'direct', 'martin', host='mail.m365-mailadmin.org'),
    S('f27_docusign_en', 'att822_ol', 'clement', 'Je n\'ai pas de « Finance Department ».'),
    S('f28_dhl', 'gmail_en', 'smith', 'Another one. I am not expecting any DHL parcel.'),
    S('f29_advance_fee', 'direct', 'martin'),
    S('f30_journal_fee', 'tb_en', 'blanc', "Bonjour,\nJe n'ai soumis aucun article à ce journal. Je suppose que c'est une "
      "arnaque mais mon chef de service m'a dit de vous le signaler.\nCamille"),
    S('f31_sextortion', 'direct', 'martin', host='ns1.dr-mail-notice.com'),
    S('f32_wetransfer', 'apple_en', 'legrand', ''),
    S('f33_paypal+f34_linkedin', 'outlook_en', 'clement', 'Deux mails reçus aujourd\'hui, pour info.'),
    S('f35_ceo_gift', 'owa_en', 'moreau', "Le Dr Lefebvre est notre chef de pôle mais ce n'est pas son adresse. Pour info."),
    S('f36_zoom_fake', 'att_octet', 'blanc', '', client='gmail_fr', fname='Missed meeting.eml',
      subject='Fwd: Missed meeting'),
    S('f37_crypto', 'gmail_fr', 'mercier', 'Incroyable, ils utilisent même le titre de docteur. Signalé.'),
    S('f38_google_drive', 'owa_en', 'blanc', ''),
    S('f39_amazon_sms_en', 'pasted', 'smith', 'Text message received on my phone from +44 7700 900412:', subject='SMS scam',
      client='gmail_en'),
    S('f40_netflix', 'sfr', 'petit', 'je ne suis même pas abonnée à Netflix'),
    S('f41_orange_mail', 'orange', 'garnier', 'Bonjour, est-ce que je dois faire quelque chose ? Merci.'),
    S('f42_ars_fake_inspection', 'tb_fr', 'lemaire', "Bonjour,\n\nJe reçois ce courriel signé de l'ARS. Le domaine ne me "
      "paraît pas être celui de l'ARS (ars.sante.fr). Pouvez-vous vérifier ? Je n'ai déposé aucun document.\n\nCordialement"),
    S('f43_fake_cps_order+l21_cps_renouvellement', 'att_octet', 'girard', "Bonjour,\nDeux mails sur la CPS à quelques mois "
      "d'intervalle, l'un gratuit et l'autre payant. Je joins les deux. Lequel croire ?\nMerci", client='outlook_fr',
      fname='cps.eml', subject='TR: cartes CPS'),
    S('f44_ordre_rc_insurance', 'att822_ol', 'boyer', "Bonjour,\n\nJ'ai bien une RCP (MACSF) et mon attestation a été envoyée "
      "en janvier. Ce « BAPS » dit agir pour l'Ordre, est-ce exact ?\n\nDr Boyer"),
    S('f45_hospital_payroll', 'outlook_fr', 'sec_bernard', 'Bonjour,\nDe la part du Dr Bernard.\nCordialement',
      nest=('owa_fr', 'bernard', 'Corinne, merci de transférer au conseil de l\'Ordre (signalement@...). Th. B.')),
    S('f46_sms_colis_fr', 'pasted', 'colin', '', client='sfr', subject='sms', sms_pre='De +33 6 44 18 52 97 : '),
    S('f47_whatsapp_son', 'typed', 'guerin', "Bonjour,\nJe suis médecin retraité. J'ai reçu hier soir un SMS du 07 81 24 65 50 "
      "disant « Coucou papa c'est moi, j'ai cassé mon téléphone », me demandant d'écrire sur WhatsApp pour un paiement urgent. "
      "Je n'ai pas d'enfant ! Je ne sais pas si cela relève de l'Ordre mais je préfère signaler.\nF. Guérin", client='orange',
      subject='SMS'),
]

REPORTS += [
    # ---------------------------------------------------------------- spam
    S('s01_logiciel', 'att822_tb', 'schmitt', 'Pub ?'),
    S('s02_formation_pushy', 'gmail_fr', 'faure', "Bonjour,\nCette personne me relance pour la 4e fois. Est-ce un organisme "
      "agréé ?\nMerci\nLucas Faure"),
    S('s03_mutuelle', 'apple_fr', 'vincent', ''),
    S('s04_materiel', 'free', 'andre', ''),
    S('s05_immo+s15_energie', 'att822_tb', 'dumont', "Bonjour,\nJe reçois de plus en plus de sollicitations commerciales sur "
      "l'adresse que j'ai communiquée à l'Ordre. Exemples ci-joints. Mon adresse a-t-elle été vendue ?\nG. Dumont"),
    S('s06_labo_visiteur', 'outlook_fr', 'lambert', 'Pour info.'),
    S('s07_sondage', 'yahoo', 'gautier', 'étude rémunérée, sérieux ?'),
    S('s08_secretariat', 'pasted', 'garnier', 'encore de la pub, comment les bloquer', client='orange', subject='pub'),
    S('s09_dpc_org_honest', 'laposte', 'brun', "Bonjour,\nCe collège est-il agréé DPC ? Je ne voudrais pas me faire avoir comme "
      "certains confrères.\nS. Brun"),
    S('s10_agence_web', 'tb_fr', 'lemaire', ''),
    S('s11_presse', 'ios_fr', 'legrand', 'Pub'),
    S('s12_teleconsult', 'owa_fr', 'bertrand', ''),
    S('s13_remplacement', 'gmail_fr', 'roux', "Je ne me suis jamais inscrit sur ce site. Spam ?"),
    S('s16_salon', 'owa_fr', 'clement', '', html_only=True),
    S('s17_logiciel_sms', 'typed', 'henry', "Bonjour, je reçois des SMS publicitaires de « MediLogic » (logiciel médical, "
      "demande de rappeler le 03 80 45 21 90) sur mon portable personnel. Comment ont-ils mon numéro ?\nDr Henry",
      client='outlook_fr', subject='SMS publicitaire'),
    S('s18_cabinet_recrut', 'samsung', 'laurent', 'Pour info, démarchage de la mairie de St Bonnet'),
    S('s19_predatory_journal', 'direct', 'martin', host='mail.medsciencegroup.org'),
    S('s20_conference_dubai', 'gmail_en', 'smith', 'Not sure whether this is a scam or just spam. FYI.'),
    S('s21_webinar_en', 'att_octet', 'fournier', 'Est-ce que Medscape est fiable ?', client='orange', fname='medscape.eml',
      subject='Medscape'),
    S('s22_ehr_vendor_en', 'apple_en', 'david', ''),
    S('s23_data_list', 'direct', 'martin', host='mail.healthcare-leads-data.com'),
    S('s24_device_en', 'tb_en', 'mercier', 'Spam.'),
    S('s25_research_panel_en', 'sfr', 'morel', "150 euros pour un questionnaire en anglais ? Je me méfie."),
    S('s26_book_en', 'outlook_en', 'bertrand', ''),
]

REPORTS += [
    # ---------------------------------------------------------------- legitimate
    S('l01_andpc_info', 'apple_fr', 'vincent', 'Je préfère vérifier, avec tout ce qui circule.', name_only=True),
    S('l02_mondpc_reset_requested', 'att822_tb', 'dumont', "Bonjour,\nJ'ai reçu ce message de réinitialisation. En fait je crois "
      "que c'est moi qui ai cliqué sur « mot de passe oublié » hier, mais dans le doute...\nG. Dumont"),
    S('l03_cdom_cotis', 'outlook_fr', 'sec_lemaire', '',
      nest=('tb_fr', 'lemaire', "Est-ce un vrai rappel ? Je croyais avoir payé. Merci de vérifier auprès de l'Ordre.")),
    S('l04_ameli_info', 'laposte', 'muller', 'Est-ce un vrai mail de l\'Assurance maladie ?'),
    S('l05_urssaf_echeancier', 'free', 'simon', ''),
    S('l06_ars_alerte', 'gmail_fr', 'chevalier', "URGENT dans l'objet, DGS-Urgent... c'est authentique ? Merci"),
    S('l07_has_newsletter', 'yahoo', 'gautier', 'Je ne me souviens pas être abonnée. Merci de confirmer.'),
    S('l08_doctolib_reset', 'att822_ol', 'lambert', "Bonjour,\n\nCe mail de réinitialisation de mot de passe Doctolib est-il "
      "authentique ? Ma secrétaire dit l'avoir demandé ce matin mais après vos alertes je préfère vérifier.\n\nCordialement,"),
    S('l09_patient', 'pasted', 'martin', "Bonjour,\nUne patiente m'écrit sur mon adresse perso, je ne sais pas comment elle l'a eue. "
      "Je vous le copie, est-ce que je risque quelque chose à lui répondre (secret médical) ?\nPh. Martin", client='orange',
      subject='question mail patiente'),
    S('l10_labo', 'att_octet', 'perrin', 'Bonjour, ce labo est-il légitime ? Je n\'y ai pas de compte.', client='outlook_fr',
      fname='Résultats disponibles.eml', subject='TR: Résultats disponibles'),
    S('l11_colleague_letter', 'samsung', 'laurent', 'Cest normal de recevoir des CR par gmail ? le confrère demande ma msante'),
    S('l12_cnom_newsletter', 'gmail_fr', 'lefevre', "Bonjour,\nCe mail parle justement des arnaques... est-il lui-même vrai ?\nMerci"),
    S('l13_psc_code', 'ios_fr', 'david', "J'ai reçu un code d'activation e-CPS mais je ne me rappelle pas avoir fait de demande. "
      "Enfin peut-être en voulant me connecter à amelipro. Vrai ?"),
    S('l14_cpam_contact', 'outlook_fr', 'sec_perrin', 'Bonjour,\nÀ la demande du Dr Perrin.\nValérie',
      nest=('outlook_fr', 'perrin', 'Valérie, peux-tu transmettre à l\'Ordre pour vérification ? Merci. NP')),
    S('l16_ordre_suspension_info', 'tb_fr', 'schmitt', "Bonjour,\n\nJe reçois une convocation par mail. Je n'ai connaissance "
      "d'aucune plainte. S'agit-il d'une fraude ? Je n'ai rien reçu par courrier pour l'instant.\n\nF. Schmitt"),
    S('l17_hopital_it', 'owa_fr', 'moreau', 'Vrai mail de la DSI ? (ils parlent de mot de passe)'),
    S('l18_mssante_welcome', 'orange', 'martin', ''),
    S('l19_service_public', 'sfr', 'colin', 'Info ou pub ?'),
    S('l20_confrere_remplacant', 'apple_fr', 'legrand', "Bonjour,\nMa remplaçante m'envoie un RIB par mail. Après votre "
      "article sur les fraudes au RIB, je préfère demander : comment vérifier ?\nA. Legrand"),
    S('l22_cdom_cp_meeting', 'yahoo', 'bonnet', '', html_only=True),
    S('l23_pharma_bon_usage', 'laposte', 'brun', ''),
    S('l24_facture_logiciel', 'tb_fr', 'fournier', "Bonjour,\nMon prélèvement aurait été rejeté, on me demande de mettre à jour "
      "mes coordonnées bancaires. Arnaque classique ou vrai ?\nMerci"),
    S('l25_patient_threat_like', 'pasted', 'dumont', "Bonjour,\nUn patient m'adresse ce message menaçant de saisir l'Ordre. Je "
      "vous le transmets par précaution. Que dois-je faire pour la copie du dossier ?\nCordialement\nG. Dumont",
      client='free', subject='Courrier patient'),
    S('l26_urssaf_reset_requested', 'gmail_fr', 'roux', "c'est moi qui ai demandé le code, mais est-ce bien l'urssaf qui répond ?"),
    S('l27_ars_appel', 'pasted', 'chevalier', 'SMS reçu de "ARS BFC", authentique ?', subject='SMS ARS',
      client='gmail_fr'),
    S('l28_cpam_call', 'typed', 'bertrand', "Bonjour,\n\nAprès vos alertes sur les faux appels, je voudrais savoir si c'est "
      "normal : j'ai eu cet après-midi un appel d'une personne se disant médecin-conseil de la CPAM (Dr Aubert) au sujet d'un "
      "patient en arrêt long. Elle m'a demandé de la rappeler au 03 85 39 71 00. Elle n'a demandé aucun identifiant, "
      "seulement mon avis sur la reprise. Puis-je rappeler ce numéro ?\n\nI. Bertrand", client='outlook_fr',
      subject='Appel CPAM - vérification'),
    S('l29_anesthesiste_invite', 'outlook_fr', 'girard', 'Lien vers un formulaire Microsoft : c\'est sûr ?'),
    S('l30_elsevier_review', 'att822_tb', 'blanc', 'Invitation à relire un article : vrai ou prédateur ?'),
    S('l31_zoom_reset', 'gmail_en', 'smith', 'I did request this one actually, just checking the link is the real Zoom. Thanks.'),
    S('l32_congress_confirm', 'outlook_en', 'mercier', 'Confirmation d\'inscription ESC, pour vérification.'),
    S('l33_ms_security_code', 'samsung', 'colin', 'code microsoft recu, je nai rien demandé ??'),
    S('l34_nejm_alert', 'apple_en', 'david', ''),
    S('l35_colleague_en', 'gmail_en', 'smith', "A UK colleague sends me a patient summary by email. Is this OK, or should I ask "
      "for another channel? Not sure it's really her."),
    S('s14_assoc_fmc', 'free', 'andre', "Bonjour,\nL'amicale demande sa cotisation par chèque et le repas est offert par un laboratoire : est-ce compatible avec nos règles ? Le mail est-il bien d'eux ?"),
]

# deterministic interleaving so that campaigns are not adjacent
random.Random(20240601).shuffle(REPORTS)
