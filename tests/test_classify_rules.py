"""The rules of config/rules.toml, each firing and not firing, and the rule file's validation."""

from __future__ import annotations

import re

import pytest
from classify_support import RULES_FILE, gazetteer, report, url

from pipeline.classify import FACTS, FactFinder, RuleFileError, load_rules
from pipeline.settings import SettingsError

RULES = load_rules(RULES_FILE)
FINDER = FactFinder(gazetteer())


def fired(rep) -> set[str]:
    return {r.id for r in RULES.fired(FINDER.facts(rep))}


ANDPC_SITE = url("https://www.agencedpc.fr/professionnel/", official=True)

# (rule id, the report, whether the rule fires)
CASES = [
    # --- invented or impersonated bodies
    ("organisme_inexistant", report("La Direction régionale de certification périodique vous informe que votre dossier est incomplet.",
                                    sender="contact@dossier-medecins.fr"), True),
    ("organisme_inexistant", report("L'Ordre des médecins valide seul le parcours de certification périodique.",
                                    sender="info@conseil-national.medecin.fr"), False),
    ("organisme_inexistant", report("Attention : la « direction régionale de certification périodique » n'existe pas.",
                                    sender="ydurand@gmail.com"), False),
    ("organisme_inexistant", report("De faux organismes se présentent comme « direction régionale de certification périodique »."), False),
    ("organisme_inexistant", report("Démarchage : la direction régionale de certification périodique n'a pas de site.",
                                    sender="communication@ordre.medecin.fr"), False),
    ("nom_officiel_messagerie_gratuite", report("Votre certification est à valider.", sender="andpc.validation@gmail.com",
                                                name="ANDPC - Service certification"), True),
    ("nom_officiel_messagerie_gratuite", report("Salut, tu as vu le mail de l'ANDPC sur le DPC ?", sender="paul.durand@gmail.com",
                                                name="Paul Durand"), False),
    ("marque_messagerie_gratuite", report("Dr Lefèvre a partagé un dossier avec vous.", name="Google Drive",
                                          sender="drive-shares-noreply@gmail.com"), True),
    ("marque_messagerie_gratuite", report("Votre mot de passe expire.", name="Webmail Administrateur", sender="admin.mail@outlook.fr"), True),
    # the provider itself, from its own no-reply address
    ("marque_messagerie_gratuite", report("Votre facture est disponible.", name="Orange", sender="ne-pas-repondre@orange.fr"), False),
    ("marque_messagerie_gratuite", report("On déjeune jeudi ?", name="Claire Petit", sender="claire.petit@gmail.com"), False),
    ("nom_officiel_autre_domaine", report("Mise à jour de votre compte.", sender="noreply@secure-verif.com",
                                          name="Assurance Maladie"), True),
    ("nom_officiel_autre_domaine", report("Your sign-in details changed.", sender="account-security@mail-notify.net",
                                          name="Microsoft account team"), True),
    ("nom_officiel_autre_domaine", report("Mise à jour de votre compte.", sender="ne-pas-repondre@ameli.fr",
                                          name="Assurance Maladie"), False),
    ("nom_officiel_autre_domaine", report("Bonjour Docteur", sender="x@gmail.com", name="Assurance Maladie"), False),
    # brands that phishing borrows (config/organisations.toml), from another domain or their own
    ("nom_officiel_autre_domaine", report("Un document vous attend pour signature.", sender="noreply@esign-docs-center.net",
                                          name="DocuSign"), True),
    ("nom_officiel_autre_domaine", report("Un document vous attend pour signature.", sender="dse@eumail.docusign.net",
                                          name="DocuSign"), False),
    ("nom_officiel_autre_domaine", report("Opération inhabituelle détectée sur votre compte.", sender="alerte@securite-clients.info",
                                          name="Crédit Agricole"), True),
    ("expediteur_domaine_sosie", report("Votre espace doit être mis à jour.", sender="service@ameli-remboursement.com"), True),
    ("expediteur_domaine_sosie", report("Votre espace doit être mis à jour.", sender="contact@ordre.medecin.fr",
                                        reply_to="reponse@esante-gouv.fr"), True),
    ("expediteur_domaine_sosie", report("Votre attestation est disponible.", sender="ne-pas-repondre@ameli.fr"), False),
    ("domaine_au_nom_d_un_organisme", report("Connectez-vous : https://andpc-reactivation.fr/c/T5",
                                             urls=(url("https://andpc-reactivation.fr/c/T5"),)), True),
    ("domaine_au_nom_d_un_organisme", report("Votre dossier URSSAF.", sender="contact@urssaf-regularisation.com"), True),
    ("domaine_au_nom_d_un_organisme", report("Connectez-vous : https://www.agencedpc.fr/professionnel/", urls=(ANDPC_SITE,)), False),
    ("domaine_au_nom_d_un_organisme", report("Nos sessions DPC : https://dpc-formations.fr/agenda",
                                             urls=(url("https://dpc-formations.fr/agenda"),)), False),
    ("organisme_nomme_autre_domaine", report("L'ANDPC finance votre formation.", sender="contact@formapro.fr"), True),
    ("organisme_nomme_autre_domaine", report("L'ANDPC vous informe.", sender="info@agencedpc.fr"), False),
    ("authentification_echouee", report("Bonjour", sender="service@ameli.fr", verified=False, style="attachment", headers=(
        ("Authentication-Results", "mx.example.fr; spf=fail smtp.mailfrom=ameli.fr; dkim=none; dmarc=fail header.from=ameli.fr"),)), True),
    ("authentification_echouee", report("Bonjour", sender="service@ameli.fr", verified=False, style="attachment",
                                        headers=(("Received-SPF", "softfail (domain of transitioning ameli.fr)"),)), True),
    ("authentification_echouee", report("Bonjour", sender="service@ameli.fr", verified=True, style="attachment", headers=(
        ("Authentication-Results", "mx.example.fr; spf=pass smtp.mailfrom=ameli.fr; dkim=pass header.d=ameli.fr; dmarc=pass"),)), False),
    # nothing to verify against is not a failure
    ("authentification_echouee", report("Bonjour", sender="service@ameli.fr", verified=False, style="attachment"), False),
    ("reponse_autre_domaine", report("Merci de répondre à ce message.", sender="secretariat@cabinet-dupont.fr",
                                     reply_to="dossier.cp@protonmail.com"), True),
    ("reponse_autre_domaine", report("Merci de répondre à ce message.", sender="newsletter@formapro.fr",
                                     reply_to="Service client <contact@mail.formapro.fr>"), False),
    ("reponse_messagerie_gratuite_organisme", report("L'Agence du numérique en santé vous demande de confirmer.",
                                                     sender="info@ans-notif.com", reply_to="ans.support@outlook.fr"), True),
    ("reponse_messagerie_gratuite_organisme", report("Dinner at the congress next week?", sender="a@hopital.fr",
                                                     reply_to="a.smith@gmail.com"), False),
    # --- links
    ("lien_sosie", report("Connectez-vous à votre espace.", urls=(url("https://agencedpc.fr.compte-verif.com/login", "subdomain_trick"),)), True),
    ("lien_sosie", report("Sign in now.", urls=(url("https://rnicrosoft-login.com/", "lookalike", "homoglyph"),)), True),
    ("lien_sosie", report("Connectez-vous à votre espace.", urls=(ANDPC_SITE,)), False),
    ("lien_punycode", report("Accédez à votre compte.", urls=(url("https://xn--amli-bpa.fr/", "punycode"),)), True),
    ("lien_punycode", report("Accédez à votre compte.", urls=(url("https://www.ameli.fr/", official=True),)), False),
    ("lien_adresse_ip", report("Download your invoice.", urls=(url("http://185.22.14.9/invoice.php", "ip_literal"),)), True),
    ("lien_adresse_ip", report("Download your invoice.", urls=(url("https://billing.example.com/invoice"),)), False),
    ("lien_raccourci_organisme", report("L'ANDPC vous invite à valider : bit.ly/3xYz", urls=(url("https://bit.ly/3xYz", "shortener"),)), True),
    ("lien_raccourci_organisme", report("Nos photos du congrès : bit.ly/3xYz", urls=(url("https://bit.ly/3xYz", "shortener"),)), False),
    ("lien_trompeur", report("Cliquez sur www.ameli.fr", urls=(url("https://tracking-redir.ru/a", "mismatch", display="www.ameli.fr"),)), True),
    ("lien_trompeur", report("Cliquez sur www.ameli.fr", urls=(url("https://www.ameli.fr/", official=True, display="www.ameli.fr"),)), False),
    ("lien_sans_rapport", report("L'URSSAF vous informe d'un remboursement.", sender="urssaf@notif-paiement.com",
                                 urls=(url("https://paiement-secure.top/urssaf", "unrelated"),)), True),
    ("lien_sans_rapport", report("L'URSSAF vous informe.", sender="ne-pas-repondre@urssaf.fr",
                                 urls=(url("https://www.urssaf.fr/accueil.html", official=True),)), False),
    ("liens_hors_organisme", report("Assurance Maladie : votre carte Vitale expire. Demandez la nouvelle : https://vitale-renouvellement.info",
                                    style="typed", urls=(url("https://vitale-renouvellement.info"),)), True),
    ("liens_hors_organisme", report("Assurance Maladie : votre attestation sur https://www.ameli.fr", style="typed",
                                    urls=(url("https://www.ameli.fr", official=True),)), False),
    ("liens_hors_organisme", report("Nos sessions sont prises en charge par l'ANDPC : https://www.formapro-sante.fr/agenda",
                                    sender="news@formapro-sante.fr", urls=(url("https://www.formapro-sante.fr/agenda"),)), False),
    ("piece_jointe_piegee", report("Veuillez trouver ci-joint votre avis.", attachments=("Avis_CPAM.html",)), True),
    ("piece_jointe_piegee", report("Veuillez trouver ci-joint le compte rendu.", attachments=("compte-rendu.pdf",)), False),
    # --- what the message asks for or announces
    ("demande_identifiants", report("Afin de finaliser votre certification, merci de nous communiquer vos identifiants de connexion Mon DPC."), True),
    ("demande_identifiants", report("Pour valider votre dossier, confirmez votre numéro RPPS et votre mot de passe en réponse à ce mail."), True),
    ("demande_identifiants", report("Please verify your account password by clicking below to avoid interruption."), True),
    ("demande_identifiants", report("Le formulaire de candidature vous demandera votre numéro RPPS et vos identifiants Pro Santé Connect."), True),
    ("demande_piece_identite", report("To secure your speaker slot, please send us a copy of your passport."), True),
    ("demande_piece_identite", report("He needed a photo of my passport and my carte professionnelle by WhatsApp.", style="typed"), True),
    ("demande_piece_identite", report("Votre pièce d'identité ne vous sera jamais demandée par courriel."), False),
    ("changement_coordonnees_bancaires", report("Note: our previous account is under audit, please use only the account above."), True),
    ("demande_identifiants", report("To complete the enrolment, please reply with your Mon DPC username and password."), True),
    ("connexion_par_lien_non_officiel", report("New voice message. Sign in with your email password to listen.",
                                               urls=(url("https://voicemail-portal.xyz/listen"),)), True),
    # the genuine notice says where to log in: on the body's own site, from its own domain
    ("connexion_par_lien_non_officiel", report("Connectez-vous à amelipro avec votre carte CPS et modifiez votre mot de passe : "
                                               "https://espacepro.ameli.fr", sender="ne-pas-repondre@ameli.fr",
                                               urls=(url("https://espacepro.ameli.fr", official=True),)), False),
    ("demande_identifiants", report("Connectez-vous à amelipro avec votre carte CPS et modifiez votre mot de passe.",
                                    sender="ne-pas-repondre@ameli.fr"), False),
    ("accompagnement_creation_compte", report("Notre cellule vous propose un rendez-vous téléphonique pour créer votre compte avec vous.",
                                              sender="contact@accompagnement-medecins.fr"), True),
    ("accompagnement_creation_compte", report("Un conseiller vous accompagne dans la création de votre compte de formation.",
                                              style="typed"), True),
    ("accompagnement_creation_compte", report("Nous ne créerons jamais votre compte à votre place.", sender="contact@formapro.fr"), False),
    ("accompagnement_creation_compte", report("Votre compte sur mondpc.fr a bien été créé. Pour l'activer, cliquez sur le lien.",
                                              sender="ne-pas-repondre@mondpc.fr"), False),
    # a hospital's DPC office really exists
    ("structure_regionale_certification", report("Votre inscription à l'action de DPC est validée. Cellule DPC médical - Direction des affaires médicales",
                                                 sender="dpc@chu-nantes.fr", name="Cellule DPC - CHU de Nantes"), False),
    ("structure_regionale_certification", report("Aucun justificatif n'a été enregistré pour votre premier cycle.",
                                                 name="Cellule d'accompagnement certification périodique",
                                                 sender="contact@certif-periodique-sante.fr"), True),
    ("structure_regionale_certification", report("Votre compte individuel de certification périodique est ouvert.",
                                                 name="Certification périodique - ANS", sender="ne-pas-repondre@esante.gouv.fr"), False),
    ("structure_regionale_certification", report("Un conseiller de la cellule d'accompagnement de la certification périodique se tient à "
                                                 "votre disposition.", sender="contact@certif-periodique-sante.fr"), True),
    ("structure_regionale_certification", report("La cellule régionale d'accompagnement des médecins vous contacte au sujet de vos obligations.",
                                                 sender="contact@cellule-medecins.fr"), True),
    ("structure_regionale_certification", report("Le pôle national de certification vous rappelle votre échéance.", style="typed"), True),
    ("structure_regionale_certification", report("Vigilance : une prétendue cellule régionale de certification démarche les médecins.",
                                                 sender="ydurand@gmail.com"), False),
    ("structure_regionale_certification", report("La délégation départementale de l'ARS organise une réunion.",
                                                 sender="ars-dd@ars.sante.fr"), False),
    ("nom_affiche_domaine_hameconnage", report("You appeared in 9 searches this week. Sign in to view full details.", name="LinkedIn",
                                               sender="messages-noreply@linkedin-notifications-mail.com"), True),
    ("nom_affiche_domaine_hameconnage", report("A cloud recording of your meeting is now available.", name="Zoom",
                                               sender="no-reply@zoom-recordings-share.com"), True),
    ("nom_affiche_domaine_hameconnage", report("You have received a document to review and sign.", name="DocuSign",
                                               sender="dse@docusign-envelope-review.net"), True),
    ("nom_affiche_domaine_hameconnage", report("Your invoice is attached.", name="PayPal", sender="service@paypal-secure-login.com"), True),
    ("nom_affiche_domaine_hameconnage", report("Un document vous attend.", name="Dropbox", sender="partage.documents@gmail.com",
                                               urls=(url("https://dropbox-document-review.com/v/12"),)), True),
    ("nom_affiche_domaine_hameconnage", report("Réunion de la CPTS jeudi.", name="CPTS", sender="contact@cpts-valdeloire.fr"), False),
    ("nom_affiche_domaine_hameconnage", report("You have received a document.", name="DocuSign", sender="dse@docusign.net"), False),
    ("demande_identifiants", report("Votre code est 482913. Un conseiller va vous appeler, merci de lui communiquer le code."), True),
    ("demande_identifiants", report("Votre code de connexion est 583016. Ne le communiquez à personne."), False),
    # advice written with "ne … pas", "aucun … ne", "will not": not a request …
    ("demande_identifiants", report("L'ANDPC ne vous demandera pas de communiquer votre mot de passe."), False),
    ("demande_identifiants", report("Aucun agent ne vous demandera de transmettre vos identifiants."), False),
    ("demande_identifiants", report("We will not ask you to confirm your password by email."), False),
    # … but a negation that is the condition of a threat, or in another clause, is no advice
    ("demande_identifiants", report("Si vous ne confirmez pas votre mot de passe sous 24h, votre compte sera suspendu."), True),
    ("demande_identifiants", report("Sans réponse, votre compte ne sera pas activé : merci de nous communiquer vos identifiants."), True),
    ("fraude_au_president", report("Are you available? I need a quick favour.", sender="john.harris.md@outlook.com", name="John Harris"), True),
    ("fraude_au_president", report("Je suis coincée en formation : est-ce que tu pourrais régler pour moi la facture de mon remplaçant "
                                   "(1 240 €) ? Je te rembourse lundi.", sender="anne.rousseau.cabinet@outlook.fr"), True),
    ("fraude_au_president", report("Es-tu dispo jeudi pour la réunion de la CPTS ?", sender="paul.vidal@wanadoo.fr"), False),
    ("nom_officiel_messagerie_gratuite", report("Tu cherches toujours quelqu'un pour août ?", sender="p.vidal@wanadoo.fr",
                                                name="Paul Vidal"), False),
    ("activation_compte", report("Docteur, les informations de votre fiche au tableau doivent être confirmées avant le 31 décembre.",
                                 style="pasted"), True),
    ("fraude_au_president", report("Êtes-vous disponible ? J'ai besoin d'un service rapidement, je suis en réunion et je ne peux pas prendre d'appel. "
                                   "Merci de me répondre par mail.", sender="presidence.cdom.conseil@gmail.com", name="Dr Bazin"), True),
    ("fraude_au_president", report("Are you available? I am in a meeting and can't take calls, I need a quick favour. Reply by email.",
                                   sender="ceo.office.clinic@outlook.com"), True),
    # a colleague writing from her own practice's address
    ("fraude_au_president", report("Es-tu disponible jeudi ? Je suis en réunion tout l'après-midi et ne peux pas téléphoner.",
                                   sender="c.petit@cabinet-medical-lyon.fr"), False),
    ("fraude_au_president", report("Es-tu disponible ? Il faut faire un virement de 4 200 € aujourd'hui. Je suis en réunion, je ne peux pas appeler.",
                                   sender="dr.associe@gmail.com"), True),
    ("fraude_au_president", report("Please buy six gift cards for the staff party and keep it confidential until Friday.",
                                   sender="ceo.office@outlook.com"), True),
    ("fraude_au_president", report("Le virement de ta part des charges du cabinet est bien arrivé, merci !", sender="dr.associe@gmail.com"), False),
    ("urgence", report("Urgent : peux-tu me remplacer demain ? Je te dis merci d'avance.", sender="claire.petit@gmail.com"), False),
    ("urgence", report("Facture impayée : sans règlement sous 72h, votre accès sera bloqué.", sender="facturation@logiciel-support.com"), True),
    ("demande_identifiants", report("Il voulait m'envoyer un code par SMS que je devais lui relire pour valider l'inscription.",
                                    style="typed"), True),
    ("demande_identifiants", report("SMS envoyé par ameli : code de sécurité pour votre connexion à amelipro : 907214."), False),
    ("demande_identifiants", report("Ne communiquez jamais vos identifiants par téléphone ou par courriel."), False),
    ("demande_identifiants", report("We will never ask for your password by e-mail."), False),
    ("demande_identifiants", report("L'ANDPC ne vous demandera jamais de communiquer votre mot de passe. Bonne journée."), False),
    ("demande_identifiants", report("L'ANDPC ne vous appelle jamais. Merci de nous communiquer votre mot de passe."), True),
    # "sans frais de dossier" offers, it does not ask
    ("demande_paiement_coordonnees_bancaires", report("Le Prêt Pro Santé à partir de 3,20 % TAEG, sans frais de dossier.",
                                                      sender="pros@banque-ouest-sante.fr"), False),
    ("demande_paiement_coordonnees_bancaires", report("Des frais de dossier de 49 € sont à régler pour débloquer votre prêt.",
                                                      sender="pros@credit-rapide.example"), True),
    ("demande_paiement_coordonnees_bancaires", report("Pour recevoir votre remboursement, merci de renseigner vos coordonnées bancaires."), True),
    ("demande_paiement_coordonnees_bancaires", report("Des frais de dossier de 49 € sont à régler avant validation de votre certification."), True),
    ("demande_paiement_coordonnees_bancaires", report("Please send us your bank details and the card number to release the funds."), True),
    ("demande_paiement_coordonnees_bancaires", report("Merci de m'envoyer votre RIB pour le remboursement du repas du congrès."), True),
    ("demande_paiement_coordonnees_bancaires", report("La session de formation est prise en charge par l'ANDPC dans la limite de votre forfait."), False),
    ("demande_paiement_coordonnees_bancaires", report("L'URSSAF ne vous demande jamais vos coordonnées bancaires par courriel."), False),
    ("demande_paiement_coordonnees_bancaires", report("Le règlement se fait par prélèvement, aucune modification de coordonnées bancaires n'est intervenue."), False),
    ("demande_paiement_coordonnees_bancaires", report("Pour le remboursement, mettez à jour vos informations bancaires sur le portail."), True),
    ("menace_sanction", report("Sans validation de votre certification périodique sous 8 jours, vous vous exposez à une radiation du tableau."), True),
    ("menace_sanction", report("Votre compte sera suspendu et une procédure de radiation immédiate sera engagée."), True),
    ("menace_sanction", report("Votre certification expire le 30/11. Sans validation vous serez radié."), True),
    ("menace_sanction", report("La personne m'a menacé d'une radiation si je ne validais pas.", style="typed"), True),
    ("menace_sanction", report("De faux organismes menacent de radiation : seule la chambre disciplinaire peut la prononcer."), False),
    ("menace_sanction", report("Failure to comply will result in the suspension of your licence."), True),
    ("menace_sanction", report("En aucun cas une radiation ne peut être prononcée en dehors d'une décision de la chambre disciplinaire."), False),
    ("menace_sanction", report("The conference programme includes a session on radiation oncology."), False),
    ("menace_sanction", report("Votre dossier sera transmis pour radiation au conseil régional."), True),
    ("menace_sanction", report("Sans action avant le 25/01 : radiation du tableau. Validez ici."), True),
    ("menace_sanction", report("À défaut de régularisation, une suspension de votre exercice sera demandée."), True),
    ("menace_sanction", report("Aucune radiation ne peut intervenir sans décision de la chambre disciplinaire."), False),
    ("menace_sanction", report("Ce protocole permet un traitement sans risque de radiation ionisante pour le patient."), False),
    ("reinitialisation_non_demandee", report("Vous avez demandé à réinitialiser votre mot de passe. Cliquez ici.", sender="no-reply@securite-compte.net"), True),
    ("reinitialisation_non_demandee", report("We received a request to reset your password.", sender="noreply@acc-protect.io"), True),
    # links to the sender's own domain do not vouch for a domain named after a security check
    ("reinitialisation_non_demandee", report("Password reset requested. Cancel it: https://account-protect-center.com/cancel",
                                             sender="security-noreply@account-protect-center.com", verified=True,
                                             urls=(url("https://account-protect-center.com/cancel"),)), True),
    ("reinitialisation_non_demandee", report("You asked to reset your password: https://www.escardio.org/reset", sender="noreply@escardio.org",
                                             urls=(url("https://www.escardio.org/reset"),)), False),
    ("reinitialisation_non_demandee", report("L'ANS : vous avez demandé la réinitialisation de votre mot de passe e-CPS.",
                                             sender="ne-pas-repondre@esante.gouv.fr"), False),
    # Google sends the share, but the form behind it is anybody's page: it vouches for nothing
    ("expediteur_officiel_liens_coherents", report("Dr Moreau a partagé un formulaire avec vous via Google Forms : confirmez votre identité.",
                                                   sender="drive-shares-dm-noreply@google.com", name="Dr Moreau (via Google Docs)",
                                                   urls=(url("https://docs.google.com/forms/d/e/1FAIpQL/viewform", official=True),)), False),
    ("aucun_signe_de_tromperie", report("Dr Moreau a partagé un formulaire avec vous via Google Forms : confirmez votre identité.",
                                        sender="drive-shares-dm-noreply@google.com", name="Dr Moreau (via Google Docs)",
                                        urls=(url("https://docs.google.com/forms/d/e/1FAIpQL/viewform", official=True),)), False),
    ("expediteur_officiel_liens_coherents", report("Votre attestation Google Workspace est disponible.", sender="workspace-noreply@google.com",
                                                   urls=(url("https://admin.google.com/billing", official=True),)), False),
    ("expediteur_officiel_liens_coherents", report("Votre attestation DocuSign est disponible.", sender="dse@docusign.net", name="DocuSign",
                                                   urls=(url("https://app.docusign.com/documents", official=True),)), True),
    ("activation_compte", report("Activez votre compte professionnel avant le 30 juin.", sender="contact@portail-pro-sante.fr"), True),
    ("activation_compte", report("Votre espace sera désactivé faute de mise à jour.", sender="contact@portail-pro-sante.fr"), True),
    ("activation_compte", report("Please verify your account to keep access.", sender="support@mailbox-team.co"), True),
    ("activation_compte", report("Activez votre compte Mon DPC depuis le site officiel.", sender="info@agencedpc.fr"), False),
    ("activation_compte", report("Le compte rendu de la réunion est en pièce jointe.", sender="secretariat@cdom.fr"), False),
    ("activation_compte", report("Nous avons le plaisir de vous confirmer votre inscription au diplôme universitaire.",
                                 sender="scolarite@univ-rennes.fr"), False),
    ("activation_compte", report("Inscrivez-vous sur notre site puis validez votre inscription dans votre compte sur www.mondpc.fr.",
                                 sender="contact@formamed-sante.fr"), False),
    ("activation_compte", report("MON DPC : votre compte professionnel sera clôturé le 20/10 pour inactivité.", style="typed"), True),
    # a warning that nobody may "validate" your certification, pasted with the ministry's own link
    ("activation_compte", report("Aucun organisme ne peut se prévaloir d'une mission de validation de votre certification. "
                                 "https://sante.gouv.fr/certification", style="pasted", sender=None,
                                 urls=(url("https://sante.gouv.fr/certification", official=True),)), False),
    ("urgence", report("URGENT : régularisez votre situation sous 48h : https://regul-dossier.fr",
                       urls=(url("https://regul-dossier.fr"),)), True),
    ("urgence", report("Microsoft: final notice, action required within 24 hours. Call 0800 123 456.", phones=("0800123456",)), True),
    ("urgence", report("Urgent : rappelle-moi au 06 12 34 56 78 pour la garde de ce soir.", sender="claire.petit@gmail.com",
                       phones=("0612345678",)), False),
    ("urgence", report("SMS : votre accès expire aujourd'hui à minuit.", style="typed"), True),
    ("urgence", report("Use the link below to set a new password. This link expires in 24 hours. https://www.thelancet.com/reset",
                       sender="noreply@thelancet.com", urls=(url("https://www.thelancet.com/reset"),)), False),
    ("urgence", report("Your indemnity cover lapses tonight due to a failed payment. Renew now: https://mps-renewal-secure.com/uk",
                       style="pasted", urls=(url("https://mps-renewal-secure.com/uk"),)), True),
    ("urgence", report("Régularisez votre situation sous 48 h : https://regul-pro.fr/d", sender="x@dossier-pro.fr",
                       urls=(url("https://regul-pro.fr/d"),)), True),
    ("urgence", report("Votre accès sera désactivé sous 24 heures : https://regul-pro.fr/d", sender="x@dossier-pro.fr",
                       urls=(url("https://regul-pro.fr/d"),)), True),
    # the sender's promise, emergency medicine, the sender's own site
    ("urgence", report("Transmettez-nous votre avis d'échéance : nous vous adressons une étude gratuite sous 72 heures. https://courtage.fr/rcp",
                       sender="m.vidal@courtage.fr", urls=(url("https://courtage.fr/rcp"),)), False),
    ("urgence", report("Derniers billets pour les Journées de Médecine d'Urgence : https://jmu-caen.fr/billet", style="pasted",
                       urls=(url("https://jmu-caen.fr/billet"),)), False),

    # a genuine reset pasted by the doctor: its only link is Doctolib's own site
    ("urgence", report("Voici le lien pour réinitialiser votre mot de passe Doctolib, il expire dans 24 heures.", style="pasted",
                       sender=None, urls=(url("https://pro.doctolib.fr/password/reset", official=True),)), False),
    ("urgence", report("Votre compte Doctolib sera suspendu : agissez dans les 24 heures.", style="pasted",
                       sender=None, urls=(url("https://doctolib-verif.com/login"),)), True),
    ("urgence", report("Les inscriptions aux sessions de l'automne sont ouvertes jusqu'au 15 septembre."), False),
    ("contact_direct_certification", report("On m'a appelé en se présentant comme l'organisme de certification périodique, menaçant de radiation.",
                                            style="typed"), True),
    ("contact_direct_certification", report("SMS reçu de la part de l'ANDPC : formation financée par vos droits DPC, rappelez le 01 23 45 67 89",
                                            style="typed"), True),
    ("contact_direct_certification", report("On m'a appelé : la personne se présentait comme l'agence du DPC.", style="typed"), True),
    ("contact_direct_certification", report("Un organisme de formation m'a appelé pour me proposer des sessions DPC.", style="typed"), False),
    ("contact_direct_certification", report("I got a call from a man saying he was from the DPC agency about my training rights.",
                                            style="typed"), True),
    # bodies that really call doctors (Assurance Maladie, the council), and a caller who says who she is NOT
    ("contact_direct_certification", report("A colleague called me to say the council meeting moved to Thursday.", style="typed"), False),
    ("contact_direct_certification", report("Une déléguée de l'Assurance Maladie m'a appelé en se présentant comme conseillère de la CPAM, "
                                            "pour une visite au cabinet.", style="typed"), False),
    ("contact_direct_certification", report("Appel d'un organisme de formation : elle a précisé qu'elle n'était pas mandatée par l'ANDPC.",
                                            style="typed"), False),
    ("demande_rapportee", report("Une dame m'a appelé pour une formation gratuite, elle m'a demandé mon numéro RPPS et mon mot de passe.",
                                 style="typed"), True),
    ("demande_rapportee", report("Le conseiller voulait absolument que je lui donne mes identifiants Mon DPC.", style="typed"), True),
    ("demande_rapportee", report("He called about a refund and asked me to confirm my bank details.", style="typed"), True),
    ("demande_rapportee", report("Elle voulait que je fasse le virement de 3 200 € pendant l'appel.", style="typed"), True),
    ("demande_rapportee", report("Au moment où il me demandait le code, j'ai reçu un SMS de réinitialisation.", style="typed"), True),
    ("demande_rapportee", report("Il fallait « sécuriser » mes remboursements en donnant mon IBAN et le code reçu de ma banque.",
                                 style="typed"), True),
    ("demande_rapportee", report("The caller told me to pay the fine by wire transfer today.", style="typed"), True),
    ("demande_rapportee", report("Je voulais payer ma cotisation en ligne mais le site était en panne."), False),
    ("demande_rapportee", report("Vous pouvez régler depuis votre espace en ligne ou demander un délai de paiement."), False),
    ("demande_rapportee", report("They wanted the one-time code I had just received by SMS: they wanted my verification code.",
                                 style="typed"), True),
    # the doctor notes what was NOT asked, or someone asks for something harmless
    ("demande_rapportee", report("Le conseiller CPAM ne m'a pas demandé mes identifiants, seulement un rendez-vous.", style="typed"), False),
    ("demande_rapportee", report("Ma secrétaire m'a demandé mon agenda de la semaine prochaine."), False),
    ("demande_rapportee", report("The patient asked for my opinion on her treatment."), False),
    ("demande_rapportee", report("J'ai demandé mon code d'accès à l'ANS, il est arrivé par courrier."), False),
    ("contact_direct_certification", report("Certification périodique : voici le courriel reçu.", style="inline"), False),
    ("contact_direct_certification", report("On m'a appelé pour un rendez-vous de livraison de colis.", style="typed"), False),
    ("contact_direct_certification", report("Chère consœur, la certification périodique entre en vigueur ; votre compte est géré par l'ANS.",
                                            style="typed"), False),
    ("formation_financee_identifiants", report("Profitez d'une formation gratuite grâce à vos droits DPC : nous créons votre compte pour vous, "
                                               "il suffit de nous transmettre vos identifiants."), True),
    ("formation_financee_identifiants", report("Nos sessions sont éligibles au DPC et prises en charge par l'ANDPC. Inscription sur notre site."), False),
    ("droits_formation_perdus", report("Docteur, votre enveloppe formation de 1500 EUR sera perdue le 28/10 : répondez OUI."), True),
    ("droits_formation_perdus", report("Vos heures de formation DPC ont bien été enregistrées pour 2026."), False),
    ("droits_formation_perdus", report("Vos droits de formation DPC sont consultables sur votre espace Mon DPC."), False),
    ("colis_frais", report("Colissimo : votre colis n'a pas pu être livré. Reprogrammez la livraison (frais 0,99 EUR) : lien."), True),
    ("colis_frais", report("Your parcel is waiting: pay the 1.99 € customs fee."), True),
    ("colis_frais", report("Le colis de matériel médical sera livré jeudi, sans frais."), False),
    ("arnaque_avance_de_frais", report("Je suis avocat et vous êtes bénéficiaire d'un héritage de 2 millions de dollars."), True),
    ("arnaque_avance_de_frais", report("Dear beneficiary, you have won the international lottery."), True),
    ("arnaque_avance_de_frais", report("Le dossier de succession de votre patient a été transmis au notaire."), False),
    ("arnaque_avance_de_frais", report("I have decided to donate the sum of $2,500,000 to a medical professional."), True),
    ("arnaque_avance_de_frais", report("Le montant de 4 700 000 € est en attente : vous seriez présenté comme bénéficiaire."), True),
    ("arnaque_avance_de_frais", report("Le budget du congrès atteint 1 200 000 € grâce à nos partenaires."), False),
    ("changement_coordonnees_bancaires", report("Suite à un audit, merci de noter notre nouveau RIB pour le règlement des factures."), True),
    ("changement_coordonnees_bancaires", report("Please note our new bank details for all future payments."), True),
    ("changement_coordonnees_bancaires", report("Votre facture est payable par virement, RIB inchangé."), False),
    ("annuaire_payant", report("Votre fiche praticien va être publiée dans l'Annuaire Officiel des Médecins. Merci de vérifier vos "
                               "informations et de retourner le bon de validation signé. Insertion : 890 € HT par an.", style="pasted"), True),
    ("annuaire_payant", report("Your practice is listed in the World Medical Registry. To keep your listing active, the annual "
                               "registration fee of 895 EUR must be paid within 10 days.", sender="listing@world-medical-registry.org"), True),
    ("annuaire_payant", report("Votre cabinet figure dans le Registre national des praticiens. Merci de vérifier vos informations et de "
                               "nous retourner ce message complété et signé.", sender="inscriptions@registre-praticiens.fr"), True),
    ("annuaire_payant", report("Vérifiez vos coordonnées dans l'annuaire des professionnels de santé sur annuaire.sante.fr.",
                               sender="ne-pas-repondre@ameli.fr"), False),
    ("prise_en_main_a_distance", report("Un homme du « support Doctolib » voulait que j'installe AnyDesk sur l'ordinateur de l'accueil.",
                                        style="typed"), True),
    ("prise_en_main_a_distance", report("Notre prestataire utilise TeamViewer pour la maintenance annuelle du serveur.",
                                        sender="support@info-cabinet.fr"), False),
    ("prise_en_main_a_distance", report("Je vous laisse prendre la main sur l'organisation de la soirée.", sender="a@cabinet.fr"), False),
    ("faux_bureau_hebergement", report("We are the housing provider for delegates of ESC Congress 2026. Please reply with your arrival and "
                                       "departure dates and we will send you a proforma invoice.", sender="housing@congress-rooms.com"), True),
    ("faux_bureau_hebergement", report("Réservez votre hôtel pour le congrès à tarif de groupe sur notre site https://www.escardio.org/housing",
                                       sender="housing@escardio.org", urls=(url("https://www.escardio.org/housing"),)), False),
    ("faux_bureau_hebergement", report("Le congrès aura lieu à l'hôtel de ville, salle des fêtes."), False),
    ("fausse_procedure_judiciaire", report("TRIBUNAL JUDICIAIRE : une plainte pour faute médicale a été enregistrée contre vous. "
                                           "Consultez l'avis d'audience : https://avis-plainte-justice.info/25-04417", style="pasted",
                                           urls=(url("https://avis-plainte-justice.info/25-04417"),)), True),
    ("fausse_procedure_judiciaire", report("Une plainte a été déposée ; vous êtes convoqué en conciliation. https://www.ordre.medecin.fr/conciliation",
                                           sender="conciliation@ordre.medecin.fr", name="Ordre des médecins",
                                           urls=(url("https://www.ordre.medecin.fr/conciliation", official=True),)), False),
    ("droits_formation_perdus", report("« Dr, votre droit a formation DPC 2025 arrive a echeance. Rappelez votre conseillere au 09 70 71 84 52 »",
                                       style="typed"), True),
    ("attestation_payante", report("Votre attestation de parcours triennal sera transmise à votre compte de certification périodique "
                                   "une fois les frais d'édition (89 €) acquittés.", sender="attestations@cnp-mg-attestation.fr"), True),
    ("attestation_payante", report("Votre compte de certification périodique est ouvert ; l'attestation est gratuite.",
                                   sender="ne-pas-repondre@esante.gouv.fr"), False),
    ("formation_financee_identifiants", report('"Dr, vos droits de formation de 2200 EUR doivent etre actives par un conseiller. Rappel au 07 81 09 56 32"',
                                               style="typed"), True),
    ("demande_paiement_coordonnees_bancaires", report("Les coordonnées bancaires associées à votre compte ont été modifiées. "
                                                      "Objet : modification de vos coordonnées bancaires.", style="pasted"), False),
    ("demande_paiement_coordonnees_bancaires", report("Merci de confirmer vos coordonnées bancaires avant vendredi.", sender="x@verif.fr"), True),
    ("nom_affiche_domaine_hameconnage", report("You missed a scheduled Zoom meeting. View recording.", name="Zoom",
                                               sender="no-reply@zoom-meetings-invite.com"), True),
    ("activite_inhabituelle", report("We noticed unusual activity on your PayPal account. We have temporarily limited your account "
                                     "until you confirm your information.", style="pasted"), True),
    ("activite_inhabituelle", report("Nouvelle connexion inhabituelle à votre compte. Si ce n'était pas vous, sécurisez-le sur "
                                     "https://www.ameli.fr", style="pasted", urls=(url("https://www.ameli.fr", official=True),)), False),
    ("placement_miracle", report("Nos clients médecins ont obtenu un rendement net de 12,4 % grâce à notre portefeuille, garanti en capital."), True),
    ("placement_miracle", report("Le livret A rapporte 2,4 % par an ; ce taux n'est pas garanti au-delà de juillet."), False),
    ("demande_paiement_coordonnees_bancaires", report("Je vous réglerai la consultation par virement, donnez-moi votre RIB."), True),
    ("nom_officiel_autre_domaine", report("Votre adresse n'a pas encore été vérifiée.", name="SFR Mail", sender="securite@sfr-messagerie.site"), True),
    ("domaine_au_nom_d_un_organisme", report("Le nom de domaine arrive à expiration.", name="OVHcloud", sender="support@ovhcloud-renouvellement.fr"), True),
    ("messagerie_pleine", report("Your mailbox has reached 98% of its storage limit. Increase your storage for free now."), True),
    ("colis_frais", report("Salary from EUR 9,500 to 12,000/month, relocation package and housing support."), False),
    ("colis_frais", report("Votre colis est en attente : réglez les frais de 1,99 € pour le recevoir."), True),
    ("arnaque_avance_de_frais", report("Je dispose d'une somme de 850.000 euros sur un compte bloqué et je voudrais faire un don a un médecin honnête."), True),
    ("arnaque_avance_de_frais", report("La rénovation du cabinet a coûté 12 000 € ; la facture est jointe."), False),
    ("droits_formation_perdus", report("SMS reçu de DPC-INFO qui me dit que je vais perdre mes droits DPC.", style="typed"), True),
    ("messagerie_pleine", report("Votre boîte mail est pleine : 12 messages en attente de livraison."), True),
    ("messagerie_pleine", report("Your mailbox is full. Click to upgrade your storage quota."), True),
    ("messagerie_pleine", report("Merci de vider la boîte de la salle d'attente."), False),
    # --- what pleads legitimate
    ("expediteur_officiel_verifie", report("L'ANDPC vous informe de l'ouverture de votre espace.", sender="info@agencedpc.fr",
                                           verified=True, style="attachment", urls=(ANDPC_SITE,)), True),
    ("expediteur_officiel_verifie", report("L'ANDPC vous informe de l'ouverture de votre espace.", sender="info@agencedpc.fr",
                                           verified=True, style="attachment",
                                           urls=(ANDPC_SITE, url("https://agencedpc-login.com/", "lookalike"))), False),
    ("expediteur_officiel_verifie", report("L'ANDPC vous informe.", sender="info@agencedpc.fr", verified=True, style="attachment",
                                           reply_to="reponse@gmail.com"), False),
    ("expediteur_officiel_liens_coherents", report("L'Agence du numérique en santé : activez votre e-CPS.", sender="ne-pas-repondre@esante.gouv.fr",
                                                   urls=(url("https://wallet.esante.gouv.fr/", official=True),)), True),
    ("expediteur_officiel_liens_coherents", report("L'Agence du numérique en santé : activez votre e-CPS.", sender="ne-pas-repondre@esante.gouv.fr",
                                                   urls=(url("https://e-cps-activation.com/", "lookalike"),)), False),
    ("expediteur_officiel_liens_coherents", report("Microsoft : votre compte.", sender="someone@outlook.com", name="Microsoft"), False),
    ("expediteur_authentifie_liens_coherents", report("Reset your password here.", sender="noreply@escardio.org", verified=True,
                                                      style="attachment", urls=(url("https://www.escardio.org/reset"),)), True),
    ("expediteur_authentifie_liens_coherents", report("Reset your password here.", sender="noreply@escardio.org", verified=True,
                                                      style="attachment", urls=(url("https://esc-login.top/reset"),)), False),
    ("expediteur_authentifie_liens_coherents", report("Reset your password here.", sender="noreply@escardio.org",
                                                      urls=(url("https://www.escardio.org/reset"),)), False),
    ("aucun_signe_de_tromperie", report("Cher confrère, je vous adresse Mme D. pour avis cardiologique.", sender="dr.leroy@gmail.com"), True),
    ("aucun_signe_de_tromperie", report("Compte rendu disponible sur https://portail.chu-nantes.fr/cr", sender="secretariat@chu-nantes.fr",
                                        urls=(url("https://portail.chu-nantes.fr/cr"),)), True),
    ("aucun_signe_de_tromperie", report("Compte rendu disponible sur https://cr-chu.top/cr", sender="secretariat@chu-nantes.fr",
                                        urls=(url("https://cr-chu.top/cr"),)), False),
    ("aucun_signe_de_tromperie", report("Cher confrère, merci de me rappeler.", sender="dr.leroy@chu-nantes.fr",
                                        reply_to="dr.leroy.urgent@gmail.com"), False),
    ("aucun_signe_de_tromperie", report("SMS : votre colis est en attente.", style="typed"), False),
    ("conseil_de_prudence", report("L'Assurance Maladie ne vous demandera jamais vos coordonnées bancaires par courriel."), True),
    ("conseil_de_prudence", report("We will never ask you to share your password."), True),
    ("conseil_de_prudence", report("Merci de nous communiquer votre mot de passe."), False),
    # --- what pleads honest commercial mail
    ("desinscription_expediteur_identifiable", report("Découvrez nos formations. Pour vous désinscrire, cliquez ici.", sender="news@formapro-sante.fr"), True),
    ("desinscription_expediteur_identifiable", report("Our new ultrasound range.", sender="marketing@echo-devices.com",
                                                      headers=(("List-Unsubscribe", "<mailto:unsub@echo-devices.com>"),)), True),
    ("desinscription_expediteur_identifiable", report("Pour vous désinscrire, cliquez ici.", sender="promo.formation@gmail.com"), False),
    ("desinscription_expediteur_identifiable", report("Découvrez nos formations.", sender="news@formapro-sante.fr"), False),
    ("stop_sms", report("MEDISTOCK : -15 % sur les gants jusqu'à dimanche. STOP au 38999", style="typed"), True),
    ("stop_sms", report("Merci de ne pas répondre STOP à ce message du laboratoire.", style="typed"), False),
    ("stop_sms", report("J-7 avant les Journées de Médecine d'Urgence. Derniers billets : https://jmu.fr STOP SMS au 38271",
                        style="pasted"), True),
    ("mentions_organisme_formation", report("FormaPro Santé, organisme de formation certifié Qualiopi, SIRET 123 456 789 00012.", sender="news@formapro-sante.fr"), True),
    ("mentions_organisme_formation", report("FormaPro Santé, organisme de formation certifié Qualiopi.", sender="formapro@orange.fr"), False),
    ("offre_commerciale", report("Inscrivez-vous à notre webinaire sur l'antibiothérapie : places limitées !", sender="events@medi-congres.fr"), True),
    ("offre_commerciale", report("Register now for the early bird rate of the European cardiology congress.", sender="info@escardio-events.org"), True),
    ("offre_commerciale", report("Nos packs informatiques à partir de 39 € HT par mois, installation comprise.", sender="t.lucas@axiome-info.fr"), True),
    ("offre_commerciale", report("Un poste de médecin urgentiste est à pourvoir, rémunération attractive.", sender="h.robin@recrute-sante.com"), True),
    ("offre_commerciale", report("Le compte rendu du patient est en pièce jointe.", sender="secretariat@clinique-du-parc.fr"), False),
    ("offre_commerciale", report("We are delighted to invite you as a speaker. Early registration fee: USD 749.",
                                 sender="speakers@globalcardiosummit.com"), True),
    ("offre_commerciale", report("Il reste deux mois pour utiliser votre forfait DPC. Voir les programmes. Medi-Learn, organisme DPC n° 9981",
                                 style="pasted"), True),
    ("offre_commerciale", report("Votre forfait DPC 2025 est de 21 heures.", sender="ne-pas-repondre@agencedpc.fr",
                                 name="ANDPC"), False),
    ("offre_commerciale", report("Greetings! Kindly send us your talk title.", sender="x@summit.com", name="Agence du numérique en santé"), False),
    ("mentions_organisme_formation", report("Medi-Learn – organisme DPC n° 9981. Ne plus recevoir nos messages.", style="pasted"), True),
]


@pytest.mark.parametrize("rule_id, rep, fires", CASES, ids=[f"{c[0]}-{'fires' if c[2] else 'quiet'}-{i}" for i, c in enumerate(CASES)])
def test_rule_fires_only_on_what_it_describes(rule_id, rep, fires):
    assert (rule_id in fired(rep)) is fires


def test_every_rule_has_a_firing_and_a_quiet_case():
    ids = {r.id for r in RULES.rules}
    assert ids == {c[0] for c in CASES if c[2]} == {c[0] for c in CASES if not c[2]}


def test_every_fact_is_documented_for_staff_in_the_rules_file():
    header = RULES_FILE.read_text("utf-8")
    for name in FACTS:
        assert re.search(rf"^#\s+{name}\s", header, re.MULTILINE), name


def test_keywords_ignore_case_and_accents():
    assert "menace_sanction" in fired(report("VOUS RISQUEZ UNE RADIATION IMMÉDIATE"))
    assert "urgence" in fired(report("Derniere relance avant cloture", style="typed"))


# --- validation of the rules file --------------------------------------------------------

GOOD_RULE = '''
[[rules]]
id = "premiere"
text = "Une règle valide."
verdict = "fraud"
weight = 1.0
when = { keywords = ["radiation"] }
'''


def write(tmp_path, text):
    path = tmp_path / "rules.toml"
    path.write_text(text, "utf-8")
    return path


def error_of(tmp_path, text) -> RuleFileError:
    with pytest.raises(RuleFileError) as info:
        load_rules(write(tmp_path, text))
    return info.value


@pytest.mark.parametrize("bad_rule, line, reason", [
    # GOOD_RULE takes lines 1 (empty) to 7, an empty line follows: the bad rule starts on line 9
    ('[[rules]]\nid = "x"\ntext = "t"\nverdict = "fraude"\nweight = 1\nwhen = { fact = "has_links" }\n', 12, "must be one of fraud, spam, legitimate"),
    ('[[rules]]\nid = "x"\ntext = "t"\nverdict = "fraud"\nweight = 0\nwhen = { fact = "has_links" }\n', 13, "must be a number above 0"),
    ('[[rules]]\nid = "x"\ntext = "t"\nverdict = "fraud"\nweight = 1\nwhen = { fact = "has_link" }\n', 14, "unknown fact 'has_link'"),
    ('[[rules]]\nid = "x"\ntext = "t"\nverdict = "fraud"\nweight = 1\nwhen.any = [\n  { keywords = ["a"] },\n  { matches = \'(unclosed\' },\n]\n', 16, "invalid regular expression"),
    ('[[rules]]\nid = "x"\ntext = "t"\nverdict = "fraud"\nweight = 1\nwhen = { keyword = ["a"] }\n', 14, "unknown condition 'keyword'"),
    ('[[rules]]\nid = "x"\ntext = "t"\nverdict = "fraud"\nweight = 1\nwhen = { all = [] }\n', 14, "non-empty list of conditions"),
    ('[[rules]]\nid = "premiere"\ntext = "t"\nverdict = "fraud"\nweight = 1\nwhen = { fact = "has_links" }\n', 10, "already used"),
    ('[[rules]]\nid = "x"\ntext = "t"\nverdict = "fraud"\nwhen = { fact = "has_links" }\n', 9, "missing key 'weight'"),
    ('[[rules]]\nid = "x"\ntext = "t"\nverdict = "fraud"\nweight = 1\ncolour = "red"\nwhen = { fact = "has_links" }\n', 14, "unknown key"),
    ('[[rules]]\nid = "x"\ntext = ""\nverdict = "fraud"\nweight = 1\nwhen = { fact = "has_links" }\n', 11, "non-empty French explanation"),
    ('[[rules]]\nid = "Mauvais Id"\ntext = "t"\nverdict = "fraud"\nweight = 1\nwhen = { fact = "has_links" }\n', 10, "lower-case"),
])
def test_invalid_rule_is_reported_with_file_line_and_reason(tmp_path, bad_rule, line, reason):
    exc = error_of(tmp_path, GOOD_RULE + "\n" + bad_rule)
    assert isinstance(exc, SettingsError)
    assert exc.file == str(tmp_path / "rules.toml")
    assert exc.line == line
    assert reason in exc.reason
    assert f"line {line}" in str(exc)


def test_toml_syntax_error_gives_its_line(tmp_path):
    exc = error_of(tmp_path, GOOD_RULE + '\n[[rules]]\nid = "x\n')
    assert exc.line == 10 and "not valid TOML" in exc.reason


def test_missing_and_empty_rule_files_are_refused(tmp_path):
    with pytest.raises(RuleFileError, match="not found"):
        load_rules(tmp_path / "absent.toml")
    assert "no rule" in error_of(tmp_path, "# nothing yet\n").reason
    assert "unknown top-level key" in error_of(tmp_path, GOOD_RULE + "\n[prior]\nfraud = 1\n").reason


def test_disabled_rule_is_checked_but_never_fires(tmp_path):
    rules = load_rules(write(tmp_path, GOOD_RULE.replace('weight = 1.0', 'weight = 1.0\nenabled = false')))
    assert rules.rules == ()
    exc = error_of(tmp_path, GOOD_RULE.replace('weight = 1.0', 'weight = 1.0\nenabled = false').replace("keywords", "mots"))
    assert exc.line == 8


def test_condition_combinators(tmp_path):
    rules = load_rules(write(tmp_path, '''
[[rules]]
id = "combinee"
text = "Combinaison."
verdict = "spam"
weight = 2
when.all = [
  { any = [ { subject_keywords = ["promo"] }, { subject_matches = '^offre\\b' } ] },
  { not = { fact = "sender_freemail" } },
  { fact = "sender_known", matches = 'r.duction de \\d+ ?%' },
]
'''))
    facts = FINDER.facts
    assert rules.fired(facts(report("Réduction de 20 % ce mois-ci", subject="Offre d'été", sender="a@vendeur.fr")))
    assert not rules.fired(facts(report("Réduction de 20 % ce mois-ci", subject="Offre d'été", sender="a@gmail.com")))
    assert not rules.fired(facts(report("Réduction de 20 % ce mois-ci", subject="Bonjour", sender="a@vendeur.fr")))
    assert not rules.fired(facts(report("Bonne journée", subject="PROMO", sender="a@vendeur.fr")))


def test_facts_read_the_html_when_the_text_part_is_a_stub():
    rep = report("Votre client de messagerie ne peut pas afficher ce message.")
    rep.originals[0].html = ("<html><body><p>Vous risquez une <b>radiation</b> imm&eacute;diate&nbsp;: "
                             "confirmez vos identifiants.</p><script>var x = 1;</script></body></html>")
    facts = FINDER.facts(rep)
    assert "radiation immediate" in facts.text and "var x" not in facts.text
    assert {"menace_sanction", "demande_identifiants"} <= fired(rep)


def test_links_table_names_neutral_domains_and_is_checked(tmp_path):
    rules = load_rules(write(tmp_path, '[links]\nneutral_domains = ["linkedin.com", "sendibt3.com"]\n' + GOOD_RULE))
    assert rules.neutral_link_domains == {"linkedin.com", "sendibt3.com"}
    exc = error_of(tmp_path, '[links]\nneutral_domains = ["linkedin.com",\n  "https://x.com/"]\n' + GOOD_RULE)
    assert (exc.line, exc.key) == (3, "links.neutral_domains") and "not a domain name" in exc.reason
    assert "only holds neutral_domains" in error_of(tmp_path, '[links]\ntrusted = ["a.fr"]\n' + GOOD_RULE).reason


def test_neutral_links_neither_vouch_nor_accuse():
    """A genuine ANDPC newsletter also links to LinkedIn and to its mailing service's click tracker."""
    finder = FactFinder(gazetteer(), RULES.neutral_link_domains)
    links = (ANDPC_SITE, url("https://www.linkedin.com/company/andpc", "unrelated"),
             url("https://r.sendibt3.com/tr/cl/abc", "unrelated"))
    rep = report("L'ANDPC vous présente ses nouveautés.", sender="newsletter@agencedpc.fr", urls=links)
    facts = finder.facts(rep)
    assert {"links_all_official", "links_match_sender"} <= facts.true and "link_unrelated" not in facts.true
    assert "link_unrelated" in FINDER.facts(rep).true and "links_all_official" not in FINDER.facts(rep).true
    # only neutral links: nothing to judge the links by
    alone = finder.facts(report("Suivez-nous.", sender="newsletter@agencedpc.fr", urls=links[1:]))
    assert "has_links" not in alone.true


def test_a_mail_provider_writing_from_its_own_no_reply_address_is_not_free_mail():
    genuine = FINDER.facts(report("Le mot de passe de votre compte La Poste a été modifié.",
                                  sender="ne-pas-repondre@laposte.net", name="La Poste"))
    assert not {"sender_freemail", "sender_name_claims_official_body"} & genuine.true
    # anybody can open prenom.nom@laposte.net and sign "La Poste"
    user = FINDER.facts(report("Votre colis La Poste est en attente.", sender="laposte.service@laposte.net", name="La Poste"))
    assert {"sender_freemail", "sender_name_claims_official_body"} <= user.true
    assert {"nom_officiel_messagerie_gratuite"} <= fired(report("Votre colis La Poste est en attente.",
                                                                sender="laposte.service@laposte.net", name="La Poste"))


def test_the_model_does_not_read_the_phone_a_message_was_written_on():
    facts = FINDER.facts(report("Votre compte sera suspendu.\n\nEnvoyé de mon iPhone\n", subject="Alerte"))
    assert "iphone" not in facts.text and "votre compte sera suspendu" in facts.text
    kept = FINDER.facts(report("Je vous ai envoyé de mon cabinet le dossier, depuis mon mobile."))
    assert "envoye de mon cabinet" in kept.text


def test_a_state_domain_sender_writes_for_the_public_bodies_it_names():
    facts = FINDER.facts(report("Votre avis d'impôt est disponible sur impots.gouv.fr.", name="impots.gouv.fr",
                                sender="ne-pas-repondre@dgfip.finances.gouv.fr"))
    assert {"sender_official", "sender_official_for_named_body"} <= facts.true
    assert "sender_name_claims_official_body" not in facts.true
    # a company is not a public body: "Doctolib" from a ministry address is not Doctolib's own domain
    company = FINDER.facts(report("Votre compte Doctolib.", name="Doctolib", sender="agent@sante.gouv.fr"))
    assert "sender_name_claims_official_body" in company.true


def test_the_reports_own_subject_is_not_read_as_the_originals():
    rep = report("On m'a appelé pour valider ma certification.", subject="Appel frauduleux ?", style="typed")
    rep.subject = "Appel frauduleux ?"  # a typed report's original carries the reporter's subject
    assert "frauduleux" not in FINDER.facts(rep).text
    forwarded = report("Votre dossier est incomplet.", subject="Dossier DPC incomplet")
    forwarded.subject = "Fwd: Dossier DPC incomplet"
    assert FINDER.facts(forwarded).subject == "dossier dpc incomplet"


def test_a_sender_on_the_registered_domain_of_an_official_one_is_official():
    council = FINDER.facts(report("Alerte : démarchages frauduleux.", name="Conseil départemental de l'Ordre des médecins",
                                  sender="cdom69@69.medecin.fr"))
    assert "sender_official" in council.true and "sender_name_claims_official_body" not in council.true
    site = FINDER.facts(report("Plus d'informations sur notre site.", sender="cdom69@69.medecin.fr",
                               urls=(url("https://www.69.medecin.fr/alerte"),)))
    assert "links_all_official" in site.true
    # another registered domain that merely ends alike is not
    other = FINDER.facts(report("Alerte.", name="Ordre des médecins", sender="contact@ordre-medecin.fr"))
    assert "sender_official" not in other.true and "sender_name_claims_official_body" in other.true


def test_only_the_known_twins_match_ascii_letters_when_case_is_ignored():
    """The literal shortcut of expressions folds these characters only: no other one may be
    matched by an ASCII character under re.IGNORECASE."""
    import sys

    from pipeline.classify.rules import _ASCII_CASE_TWINS

    ascii_class = re.compile("[\x00-\x7f]", re.IGNORECASE)
    twins = {chr(c) for c in range(128, sys.maxunicode + 1) if ascii_class.match(chr(c))}
    assert twins == set(_ASCII_CASE_TWINS)
    for twin, letter in _ASCII_CASE_TWINS.items():
        assert re.fullmatch(letter, twin, re.IGNORECASE)


@pytest.mark.parametrize("pattern, text, clue", [
    (r"\b(radie|radiee|suspendu)\b", "vous serez RADIEE demain", True),
    (r"\b(radie|radiee|suspendu)\b", "vous serez ſuſpendu demain", True),  # long s is an s to re.IGNORECASE
    (r"\b(radie|radiee|suspendu)\b", "rien a signaler", False),
    (r"colou?r (rouge|vert)", "color vert", True),  # optional parts are not required
    (r"foo(?=bar)", "foo baz", True),  # nor lookarounds
    (r"(\d+ )?(euros|€)", "12 €", True),  # a non-ASCII alternative: no shortcut for this group
    (r"(abc)+ (xyz|uvw)", "abc abc q", False),  # a repeated group is needed, and one of xyz / uvw too
    (r"\b(sous|dans) (24|48) ?h", "sous 12 h", False),  # two digits are telling; "in" or "ez" would not be
    (r"\b(in|within) 24", "in 24 h", True),
])
def test_an_expressions_literal_clue_is_a_necessary_condition(pattern, text, clue):
    from pipeline.classify.rules import _literal_clue

    assert _literal_clue(pattern)(text) is clue
    if re.search(pattern, text, re.IGNORECASE):
        assert clue


def test_the_literal_clue_never_hides_a_match_of_the_rules_expressions_on_the_corpus():
    """Every expression of the rules file, over the texts of the training corpus: wherever it matches,
    its literal clue holds (the shortcut changes the cost of the rules, never what they find)."""
    import email
    from email import policy
    from pathlib import Path

    from pipeline.classify.facts import normalise
    from pipeline.classify.rules import _literal_clue, normalise_pattern
    import tomllib

    def expressions(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key.endswith("matches"):
                    yield from ([value] if isinstance(value, str) else value)
                else:
                    yield from expressions(value)
        elif isinstance(node, list):
            for item in node:
                yield from expressions(item)

    rules = tomllib.loads(Path(RULES_FILE).read_text("utf-8"))["rules"]
    compiled = [(re.compile(normalise_pattern(p), re.IGNORECASE), _literal_clue(normalise_pattern(p)))
                for p in expressions([r["when"] for r in rules])]
    corpus = Path(RULES_FILE).parents[1] / "models" / "training" / "train"
    texts = []
    for path in sorted(corpus.rglob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        for part in message.walk():
            if part.get_content_type() in ("text/plain", "text/html"):
                try:
                    texts.append(normalise(part.get_content()))
                except (LookupError, UnicodeError):
                    continue
    assert len(texts) > 600 and len(compiled) > 30
    matched = 0
    for regex, clue in compiled:
        for text in texts:
            if regex.search(text):
                matched += 1
                assert clue(text), (regex.pattern, text[:200])
    assert matched > 100
